package no.varcat.sample.generator;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes one file of a register's variables in one format, a variable at a time: a file's header
 * when it is made, each variable as it comes, the footer on {@link #close()}.
 */
interface VariableWriter extends Closeable {

    void write(SyntheticVariable variable) throws IOException;
}
