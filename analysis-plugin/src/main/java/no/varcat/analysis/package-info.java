/**
 * Elasticsearch stable-API analysis components for varcat.
 *
 * <p>The server we run has no analysis-common module, so everything beyond the standard tokenizer
 * (lowercasing, Norwegian stemming, folding, edge n-grams, synonyms) comes from here. Each
 * {@code @NamedComponent} must also be listed in {@code named_components.json}: Elasticsearch 8.19
 * reads that file and does not scan the jar.
 *
 * <p>Limits of the stable API on 8.19: keyword-field normalizers reject these filters ("Custom
 * normalizer may not use filter"), and exceptions from a component's constructor reach the client
 * as a 500 "Cannot create instance of ..." with our message in the nested {@code caused_by}.
 */
package no.varcat.analysis;
