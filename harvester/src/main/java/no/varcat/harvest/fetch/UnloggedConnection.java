package no.varcat.harvest.fetch;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.impl.io.SocketHolder;

/**
 * A client connection that never logs what it sends or receives. HttpClient's own connection
 * writes every header, and every byte, to its {@code org.apache.hc.client5.http.headers} and
 * {@code .wire} loggers when they are at DEBUG: a source's auth header would be in the log of
 * anyone who turns on debug logging.
 */
final class UnloggedConnection extends DefaultManagedHttpClientConnection {

    private static final AtomicLong COUNT = new AtomicLong();

    private UnloggedConnection(String id) {
        super(id);
    }

    static UnloggedConnection on(Socket socket) throws IOException {
        UnloggedConnection connection = new UnloggedConnection("varcat-" + COUNT.incrementAndGet());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    @Override
    public void bind(Socket socket) throws IOException {
        bind(new SocketHolder(socket));
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        bind(new SocketHolder(sslSocket, socket));
    }

    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
        // Not logged: see the class comment.
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
        // Not logged: see the class comment.
    }
}
