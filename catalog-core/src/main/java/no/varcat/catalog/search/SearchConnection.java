package no.varcat.catalog.search;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * An open connection to Elasticsearch: the typed client for queries and bulk, and the low-level
 * client for what the typed one cannot express (index settings of plugin components).
 */
public final class SearchConnection implements AutoCloseable {

    private volatile SearchEndpoint endpoint;
    private final RestClient lowLevel;
    private final ElasticsearchClient client;

    private SearchConnection(SearchEndpoint endpoint, RestClient lowLevel) {
        this.endpoint = endpoint;
        this.lowLevel = lowLevel;
        this.client = new ElasticsearchClient(new RestClientTransport(lowLevel, new Jackson3JsonpMapper()));
    }

    public static SearchConnection open(SearchEndpoint endpoint) {
        RestClientBuilder builder = RestClient.builder(host(endpoint.uri()))
                .setRequestConfigCallback(c -> c.setConnectTimeout(5_000).setSocketTimeout(60_000));
        if (endpoint.hasApiKey()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + endpoint.apiKey())});
        } else if (endpoint.hasBasicAuth()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(endpoint.username(), endpoint.password()));
            builder.setHttpClientConfigCallback(c -> c.setDefaultCredentialsProvider(credentials));
        }
        return new SearchConnection(endpoint, builder.build());
    }

    /** Checks that the cluster answers and is at least yellow; throws {@link SearchUnavailableException} if not. */
    public void requireAvailable() {
        try {
            Response response = lowLevel.performRequest(new Request("GET", "/_cluster/health"));
            int status = response.getStatusLine().getStatusCode();
            if (status != 200) {
                throw new SearchUnavailableException("Elasticsearch at " + endpoint + " answered HTTP " + status + " to a health check");
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + endpoint + " cannot be reached: " + describe(e)
                    + ". Check varcat.elasticsearch.url, or leave it empty to run a local node.", e);
        }
    }

    /**
     * Sends every later request to {@code uri} instead, with the same credentials: for a local node
     * restarted on another port. Requests under way finish where they were sent.
     */
    public void moveTo(URI uri) {
        SearchEndpoint moved = new SearchEndpoint(uri, endpoint.apiKey(), endpoint.username(), endpoint.password());
        lowLevel.setNodes(List.of(new Node(host(uri))));
        endpoint = moved;
    }

    private static HttpHost host(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 9200);
        return new HttpHost(uri.getHost(), port, uri.getScheme());
    }

    public ElasticsearchClient client() {
        return client;
    }

    public RestClient lowLevel() {
        return lowLevel;
    }

    public SearchEndpoint endpoint() {
        return endpoint;
    }

    /**
     * An error answer that is an outage, not a fault of the request: the index is not there (yet:
     * the first start builds it) or the cluster cannot serve it just now. Any other is the request's
     * fault, and {@code e} is thrown as it is.
     */
    static SearchUnavailableException outageOr(ElasticsearchException e, String what) {
        if (e.status() == 404 || e.status() >= 500) {
            return new SearchUnavailableException(what + ": " + e.getMessage(), e);
        }
        throw e;
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    @Override
    public void close() {
        try {
            lowLevel.close();
        } catch (IOException e) {
            // closing a pool of idle connections; nothing left to do
        }
    }
}
