package no.varcat.web.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;

import no.varcat.catalog.change.Change;
import no.varcat.catalog.change.ChangeFilter;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.change.LoggedChange;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.vocab.VARCAT;
import no.varcat.web.resource.ResourceUrls;
import no.varcat.web.system.VarcatProperties;

/**
 * The change log as an Atom feed (RFC 4287), archived as RFC 5005 says: a subscription document
 * with the newest changes and a {@code prev-archive} link, and archive documents ({@code
 * fh:archive}) that never change, each linking to the one before and after it. Every entry is one
 * change, newest first, with a stable id (its {@code urn:} in the log) and links to the resource's
 * page and its Turtle; a removal stays as a tombstone entry whose links answer 404.
 */
@Component
class ChangeFeed {

    static final String ATOM = "application/atom+xml";
    static final Namespace HISTORY = Namespace.getNamespace("fh", "http://purl.org/syndication/history/1.0");
    static final String CHANGE_TYPE = VARCAT.changeType.getURI();
    static final String RESOURCE_TYPE = VARCAT.resourceType.getURI();
    static final String RESOURCE = VARCAT.resource.getURI();
    static final String REGISTER = VARCAT.register.getURI();
    static final String PUBLISHER = "http://purl.org/dc/terms/publisher";

    private final ChangeLog log;
    private final ResourceUrls urls;
    private final String baseUri;

    ChangeFeed(ChangeLog log, ResourceUrls urls, VarcatProperties properties) {
        this.log = log;
        this.urls = urls;
        this.baseUri = properties.baseUri().toString();
    }

    /** The subscription document: the page being filled, newest first, linking to the newest archive. */
    Feed subscription(FeedLinks links) {
        FeedPages pages = new FeedPages(log.lastSequence());
        long page = pages.current();
        Feed feed = document(links, pages, page);
        feed.setOtherLinks(navigation(links.subscription(), links, pages, page, false));
        return feed;
    }

    /** Archive page {@code page}: full, so it never changes. */
    Feed archive(long page, FeedLinks links) {
        FeedPages pages = new FeedPages(log.lastSequence());
        if (!pages.isArchived(page)) {
            throw new FeedRequestException(HttpStatus.NOT_FOUND, "page", pages.newestArchive() == 0
                    ? "The feed has no archive yet: its changes are all in " + links.subscription()
                    : "There is no archive page " + page + "; the archive pages are 1 to " + pages.newestArchive());
        }
        Feed feed = document(links, pages, page);
        feed.setOtherLinks(navigation(links.archive(page), links, pages, page, true));
        feed.setForeignMarkup(List.of(new Element("archive", HISTORY)));
        return feed;
    }

    private Feed document(FeedLinks links, FeedPages pages, long page) {
        long first = pages.first(page);
        long last = pages.lastOn(page);
        List<LoggedChange> changes = last >= first ? log.range(first, last, links.filter()) : List.of();
        Feed feed = new Feed("atom_1.0");
        feed.setId(new FeedLinks(baseUri, links.filter()).subscription());
        feed.setTitle(title(links.filter()));
        feed.setLanguage("nb");
        Person varcat = new Person();
        varcat.setName("varcat");
        varcat.setUri(baseUri);
        feed.setAuthors(List.<SyndPerson>of(varcat));
        Generator generator = new Generator();
        generator.setValue("varcat");
        generator.setUrl(baseUri);
        feed.setGenerator(generator);
        // The newest change shown, else the newest on the page, else in the log: never "now", so that a page that has not changed says so.
        Instant updated = changes.isEmpty()
                ? log.recorded(last >= first ? last : pages.last()).orElse(Instant.EPOCH)
                : changes.get(0).recorded();
        feed.setUpdated(Date.from(updated));
        feed.setEntries(changes.stream().map(this::entry).toList());
        return feed;
    }

    private static List<Link> navigation(String self, FeedLinks links, FeedPages pages, long page, boolean archive) {
        List<Link> navigation = new ArrayList<>();
        navigation.add(link("self", self, ATOM));
        if (archive) {
            navigation.add(link("current", links.subscription(), ATOM));
        }
        if (page > 1) {
            navigation.add(link("prev-archive", links.archive(page - 1), ATOM));
        }
        if (archive && pages.isArchived(page + 1)) {
            navigation.add(link("next-archive", links.archive(page + 1), ATOM));
        }
        return navigation;
    }

    private Entry entry(LoggedChange logged) {
        Change change = logged.change();
        Entry entry = new Entry();
        entry.setId(logged.id());
        String label = change.label().in("nb");
        entry.setTitle(label.isEmpty() ? change.resource() : label);
        entry.setUpdated(Date.from(logged.recorded()));
        entry.setPublished(Date.from(logged.recorded()));
        entry.setAlternateLinks(List.of(link("alternate", urls.url(change.kind(), change.resource()), "text/html"),
                link("alternate", urls.url(change.kind(), change.resource(), Lang.TURTLE), Lang.TURTLE.getHeaderString())));
        List<Category> categories = new ArrayList<>();
        categories.add(category(CHANGE_TYPE, change.type().name().toLowerCase(Locale.ROOT)));
        categories.add(category(RESOURCE_TYPE, change.kind() == ResourceKind.REGISTER ? "register" : "variable"));
        categories.add(category(RESOURCE, change.resource()));
        if (change.register() != null) {
            categories.add(category(REGISTER, change.register()));
        }
        if (change.publisher() != null) {
            categories.add(category(PUBLISHER, change.publisher()));
        }
        entry.setCategories(categories);
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(summary(change));
        entry.setSummary(summary);
        return entry;
    }

    private static String summary(Change change) {
        String what = change.kind() == ResourceKind.REGISTER ? "Register" : "Variable";
        String done = switch (change.type()) {
            case ADDED -> "added";
            case CHANGED -> "changed";
            case REMOVED -> "removed";
        };
        String in = change.kind() == ResourceKind.VARIABLE && change.register() != null ? " in register " + change.register() : "";
        return what + " " + done + in + ": " + change.resource();
    }

    private static String title(ChangeFilter filter) {
        StringBuilder title = new StringBuilder("varcat: endringer i katalogen");
        if (filter.register() != null) {
            title.append(", register ").append(filter.register());
        }
        if (filter.publisher() != null) {
            title.append(", utgiver ").append(filter.publisher());
        }
        return title.toString();
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Category category(String scheme, String term) {
        Category category = new Category();
        category.setScheme(scheme);
        category.setTerm(term);
        return category;
    }
}
