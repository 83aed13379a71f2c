package sg.gov.tech.efforts.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import sg.gov.tech.efforts.content.CurrentSiteListener;
import sg.gov.tech.efforts.model.Site;

import org.springframework.stereotype.Component;

/**
 * Searches every page and section with English word forms ("identities" finds "Identity"). The index lives in
 * memory and is rebuilt for each newly loaded site, then swapped in whole, so a search sees one site or the other.
 */
@Component
public class SearchIndex implements CurrentSiteListener {

	static final String TITLE = "title";

	static final String BODY = "body";

	/** A title match says more about a page than a match somewhere in its text. */
	private static final float TITLE_BOOST = 3f;

	/** Bounds the work one query can cause, whatever its length. */
	private static final int MAX_TERMS = 32;

	/** Results a page shows, as Isomer's search does. */
	static final int PER_PAGE = 10;

	/** Bounds the work one query can cause: no visitor reads past the fiftieth page. */
	private static final int MAX_HITS = 500;

	/** Passages of a text the snippet may mark matches in. */
	private static final int PASSAGES = 5;

	private final Analyzer analyzer = new EnglishAnalyzer();

	private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(this.analyzer)
		.withFormatter(new FragmentFormatter())
		.withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
		.build();

	private static final String URL = "url";

	/** Equal scores in URL order, not in the order pages happened to be indexed. */
	private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortField(URL, SortField.Type.STRING));

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	/** What is indexed now, by URL, so a reload updates only the entries that changed. */
	private Map<String, SearchEntry> indexed = Map.of();

	private volatile Snapshot snapshot;

	public SearchIndex() {
		try {
			// deleted documents still count in scores until merged away: every reload expunges them, in this thread,
			// so an index updated page by page ranks exactly as one built afresh
			TieredMergePolicy merges = new TieredMergePolicy();
			merges.setForceMergeDeletesPctAllowed(0);
			this.writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer).setMergePolicy(merges)
				.setMergeScheduler(new SerialMergeScheduler()));
			this.writer.commit();
			this.snapshot = new Snapshot(new IndexSearcher(DirectoryReader.open(this.directory)), Map.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Indexes a newly loaded site: only its new, changed and removed entries touch the index. */
	@Override
	public synchronized void siteLoaded(Site site) {
		List<SearchEntry> entries = SearchEntries.of(site);
		Map<String, SearchEntry> byUrl = new LinkedHashMap<>();
		entries.forEach((entry) -> byUrl.putIfAbsent(entry.url(), entry));
		try {
			Map<String, SearchEntry> indexed = this.indexed;
			// IndexWriter takes documents from many threads: a first load of thousands of pages analyses on every core
			byUrl.values()
				.parallelStream()
				.filter((entry) -> !entry.equals(indexed.get(entry.url())))
				.forEach(this::update);
			for (String gone : this.indexed.keySet()) {
				if (!byUrl.containsKey(gone)) {
					this.writer.deleteDocuments(new Term(URL, gone));
				}
			}
			this.writer.forceMergeDeletes();
			this.writer.commit();
			// the reader of a replaced snapshot is left to the garbage collector: searches may still be using it
			DirectoryReader reader = DirectoryReader.open(this.directory);
			this.snapshot = new Snapshot(new IndexSearcher(reader), Map.copyOf(byUrl));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.indexed = byUrl;
	}

	private void update(SearchEntry entry) {
		try {
			this.writer.updateDocument(new Term(URL, entry.url()), document(entry));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Finds the pages and sections that contain every word of the query, or failing that any of them, best first.
	 * @param query the visitor's query; any text is safe, none is read as query syntax
	 * @return the first page of hits; none for a query without searchable words
	 */
	public SearchResults search(SearchQuery query) {
		return search(query, 1);
	}

	/**
	 * One page of what {@link #search(SearchQuery)} finds, {@link #PER_PAGE} hits a page.
	 * @param query the visitor's query
	 * @param page the page asked for, from 1; one past the last is the last
	 * @return that page's hits, with how many there are in all
	 */
	public SearchResults search(SearchQuery query, int page) {
		Snapshot current = this.snapshot;
		List<String> terms = terms(query.text());
		if (terms.isEmpty()) {
			return SearchResults.NONE;
		}
		try {
			Query all = match(terms, Occur.MUST);
			TopDocs found = current.searcher().search(all, MAX_HITS, BEST_FIRST);
			// marks every word wherever it appears: a title-or-text query would match neither field on its own
			Query any = match(terms, Occur.SHOULD);
			boolean everyWord = found.scoreDocs.length > 0 || terms.size() == 1;
			if (!everyWord) {
				found = current.searcher().search(any, MAX_HITS, BEST_FIRST);
			}
			ScoreDoc[] docs = found.scoreDocs;
			int pageCount = Math.max(1, (docs.length + PER_PAGE - 1) / PER_PAGE);
			int shown = Math.max(1, Math.min(page, pageCount));
			List<SearchHit> hits = new ArrayList<>();
			StoredFields stored = current.searcher().storedFields();
			for (int i = (shown - 1) * PER_PAGE; i < Math.min(docs.length, shown * PER_PAGE); i++) {
				SearchEntry entry = current.entries().get(stored.document(docs[i].doc).get(URL));
				if (entry != null) {
					hits.add(hit(entry, any));
				}
			}
			return new SearchResults(hits, everyWord || hits.isEmpty(), docs.length, shown, pageCount);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The query's words as the index holds them: lower case, stemmed, without stop words. */
	private List<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = this.analyzer.tokenStream(BODY, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (terms.size() < MAX_TERMS && tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(terms);
	}

	/** Each word in the title or the text; {@code MUST} needs every word, {@code SHOULD} any. */
	private static Query match(List<String> terms, Occur occur) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : terms) {
			Query either = new BooleanQuery.Builder()
				.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), Occur.SHOULD)
				.add(new TermQuery(new Term(BODY, term)), Occur.SHOULD)
				.build();
			query.add(either, occur);
		}
		return query.build();
	}

	@SuppressWarnings("unchecked")
	private SearchHit hit(SearchEntry entry, Query query) throws IOException {
		List<SearchHit.Fragment> title = (List<SearchHit.Fragment>) this.highlighter.highlightWithoutSearcher(TITLE,
				query, entry.title(), 1);
		List<SearchHit.Fragment> snippet = entry.text().isEmpty() ? List.of()
				: (List<SearchHit.Fragment>) this.highlighter.highlightWithoutSearcher(BODY, query, entry.text(), PASSAGES);
		return new SearchHit(entry.url(), entry.context(), title, snippet);
	}

	private static Document document(SearchEntry entry) {
		Document document = new Document();
		document.add(new StringField(URL, entry.url(), Field.Store.YES));
		document.add(new SortedDocValuesField(URL, new BytesRef(entry.url())));
		document.add(new TextField(TITLE, entry.title(), Field.Store.NO));
		document.add(new TextField(BODY, entry.text(), Field.Store.NO));
		return document;
	}

	/** One site's index and the entries its documents point to. */
	private record Snapshot(IndexSearcher searcher, Map<String, SearchEntry> entries) {
	}

}
