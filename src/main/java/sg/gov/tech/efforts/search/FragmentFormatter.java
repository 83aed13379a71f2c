package sg.gov.tech.efforts.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link SearchHit.Fragment}s instead of an HTML string, so the template
 * escapes every character and marks matches itself: a snippet of about {@link #LENGTH} characters of the text,
 * from the passage with the most matches on (or around its first match, when that passage alone is longer), whole words only, every
 * match within it marked.
 */
final class FragmentFormatter extends PassageFormatter {

	/** About as long as the snippets Isomer's search shows: three or four lines of a results page. */
	static final int LENGTH = 300;

	private static final String ELLIPSIS = "…";

	@Override
	public List<SearchHit.Fragment> format(Passage[] passages, String content) {
		List<SearchHit.Fragment> fragments = new ArrayList<>();
		if (passages.length == 0) {
			return fragments;
		}
		// the passage with the most matches, the earliest of equals: the snippet reads from where the text does
		Passage best = passages[0];
		for (Passage passage : passages) {
			if (passage.getNumMatches() > best.getNumMatches()) {
				best = passage;
			}
		}
		int firstMatch = (best.getNumMatches() > 0) ? best.getMatchStarts()[0] : best.getStartOffset();
		int start = best.getStartOffset();
		if (firstMatch - start > LENGTH / 3 * 2) {
			// a long passage: begin a little before its first match
			start = wordStart(content, firstMatch - LENGTH / 3, firstMatch);
		}
		else if (start + LENGTH > content.length()) {
			// near the end of the text: take in what comes before, for a snippet of the same length
			start = wordStart(content, Math.max(0, content.length() - LENGTH), start);
		}
		int end = wordEnd(content, Math.min(content.length(), start + LENGTH));
		int position = start;
		for (Passage passage : passages) {
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int matchStart = Math.max(position, passage.getMatchStarts()[i]);
				int matchEnd = Math.min(end, passage.getMatchEnds()[i]);
				if (matchStart >= matchEnd) {
					continue;
				}
				add(fragments, content.substring(position, matchStart), false);
				add(fragments, content.substring(matchStart, matchEnd), true);
				position = matchEnd;
			}
		}
		add(fragments, content.substring(position, end), false);
		trim(fragments, start > 0 && !content.substring(0, start).isBlank(), !content.substring(end).isBlank());
		return fragments;
	}

	/** The start of the word at or after {@code from}, never past {@code limit}. */
	private static int wordStart(String content, int from, int limit) {
		if (from <= 0) {
			return 0;
		}
		for (int i = from; i < limit; i++) {
			if (Character.isWhitespace(content.charAt(i - 1)) && !Character.isWhitespace(content.charAt(i))) {
				return i;
			}
		}
		return limit;
	}

	/** The end of the last whole word before {@code to}. */
	private static int wordEnd(String content, int to) {
		if (to >= content.length()) {
			return content.length();
		}
		for (int i = to; i > 0; i--) {
			if (Character.isWhitespace(content.charAt(i))) {
				return i;
			}
		}
		return to;
	}

	/** Each line of the text is a block of the page: in one snippet they read as one run of text. */
	private static void add(List<SearchHit.Fragment> fragments, String text, boolean match) {
		if (!text.isEmpty()) {
			fragments.add(new SearchHit.Fragment(text.replace('\n', ' '), match));
		}
	}

	private static void trim(List<SearchHit.Fragment> fragments, boolean cutBefore, boolean cutAfter) {
		if (fragments.isEmpty()) {
			return;
		}
		SearchHit.Fragment first = fragments.get(0);
		fragments.set(0, new SearchHit.Fragment(first.text().stripLeading(), first.match()));
		int lastIndex = fragments.size() - 1;
		SearchHit.Fragment last = fragments.get(lastIndex);
		fragments.set(lastIndex, new SearchHit.Fragment(last.text().stripTrailing(), last.match()));
		// an ellipsis is never part of a marked match
		if (cutBefore) {
			fragments.add(0, new SearchHit.Fragment(ELLIPSIS, false));
		}
		if (cutAfter) {
			fragments.add(new SearchHit.Fragment(ELLIPSIS, false));
		}
	}

}
