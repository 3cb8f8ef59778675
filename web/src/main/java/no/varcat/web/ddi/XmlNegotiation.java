package no.varcat.web.ddi;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Whether an Accept header lets the answer be XML: DDI-Codebook has no other syntax. */
final class XmlNegotiation {

    private static final List<MediaType> XML = List.of(MediaType.APPLICATION_XML, MediaType.TEXT_XML);

    private XmlNegotiation() {
    }

    /** No header, a wildcard, application/xml or text/xml; an unreadable header is taken as no header. */
    static boolean acceptsXml(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return true;
        }
        return wanted.stream().anyMatch(type -> type.getQualityValue() > 0 && XML.stream().anyMatch(type::includes));
    }
}
