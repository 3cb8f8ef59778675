package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * CSV on the Web (https://www.w3.org/ns/csvw), which HealthDCAT-AP's {@code healthdcatap:hasVariables}
 * uses for a dataset's variable list: a table group of tables of columns.
 */
public final class CSVW {

    public static final String NS = "http://www.w3.org/ns/csvw#";

    public static final Resource TableGroup = resource("TableGroup");
    public static final Resource Table = resource("Table");
    public static final Resource Column = resource("Column");

    public static final Property table = property("table");
    public static final Property column = property("column");
    public static final Property name = property("name");
    public static final Property title = property("title");
    public static final Property datatype = property("datatype");
    public static final Property propertyUrl = property("propertyUrl");
    public static final Property url = property("url");

    private CSVW() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
