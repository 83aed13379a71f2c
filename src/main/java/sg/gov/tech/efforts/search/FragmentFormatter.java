package sg.gov.tech.efforts.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best passage into {@link SearchHit.Fragment}s instead of an HTML string, so the template
 * escapes every character and marks matches itself; a long passage is cut to a window around its first match.
 */
final class FragmentFormatter extends PassageFormatter {

	private static final int MAX_LENGTH = 240;

	private static final String ELLIPSIS = "…";

	@Override
	public List<SearchHit.Fragment> format(Passage[] passages, String content) {
		List<SearchHit.Fragment> fragments = new ArrayList<>();
		if (passages.length == 0) {
			return fragments;
		}
		Passage passage = passages[0];
		int start = passage.getStartOffset();
		int end = passage.getEndOffset();
		if (end - start > MAX_LENGTH) {
			int firstMatch = (passage.getNumMatches() > 0) ? passage.getMatchStarts()[0] : start;
			int from = Math.max(start, Math.min(firstMatch - MAX_LENGTH / 3, end - MAX_LENGTH));
			start = (from > start) ? wordStart(content, from, firstMatch) : start;
			end = wordEnd(content, Math.min(end, start + MAX_LENGTH), end);
		}
		boolean cutBefore = start > passage.getStartOffset();
		boolean cutAfter = end < passage.getEndOffset() && !content.substring(end, passage.getEndOffset()).isBlank();
		int position = start;
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
		add(fragments, content.substring(position, end), false);
		trim(fragments, cutBefore, cutAfter);
		return fragments;
	}

	/** The start of the word at or after {@code from}, never past the first match. */
	private static int wordStart(String content, int from, int limit) {
		int space = content.indexOf(' ', from);
		return (space >= 0 && space < limit) ? space + 1 : from;
	}

	/** The end of the last whole word before {@code to}. */
	private static int wordEnd(String content, int to, int limit) {
		if (to >= limit) {
			return limit;
		}
		int space = content.lastIndexOf(' ', to);
		return (space > 0) ? space : to;
	}

	private static void add(List<SearchHit.Fragment> fragments, String text, boolean match) {
		if (!text.isEmpty()) {
			fragments.add(new SearchHit.Fragment(text, match));
		}
	}

	private static void trim(List<SearchHit.Fragment> fragments, boolean cutBefore, boolean cutAfter) {
		if (fragments.isEmpty()) {
			return;
		}
		SearchHit.Fragment first = fragments.get(0);
		fragments.set(0, new SearchHit.Fragment((cutBefore ? ELLIPSIS : "") + first.text().stripLeading(),
				first.match()));
		int lastIndex = fragments.size() - 1;
		SearchHit.Fragment last = fragments.get(lastIndex);
		fragments.set(lastIndex, new SearchHit.Fragment(last.text().stripTrailing() + (cutAfter ? ELLIPSIS : ""),
				last.match()));
	}

}
