package no.varcat.web.fuzz;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;

import no.varcat.web.fuzz.PublicEndpoints.Endpoint;

/** One probe: a request and what it tries. */
record Probe(Endpoint endpoint, String what, HttpRequest request, HttpClient client, boolean acceptFuzzed) {
}
