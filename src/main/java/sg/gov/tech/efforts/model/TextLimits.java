package sg.gov.tech.efforts.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How long a text of content may be: longer ones are cut at a word boundary (with a warning), so no page's title or
 * any other value can outgrow what a template, a header or a browser tab can hold. Generous: the longest title of the
 * real Isomer sites we know is 257 characters, their longest front matter value 469.
 */
public final class TextLimits {

	/** A title: a page's, a section heading's, a link's, a homepage section's. */
	public static final int TITLE = 300;

	/** A description: a page's meta description, a homepage section's text. */
	public static final int DESCRIPTION = 2_000;

	/** Any other front matter, {@code _data} or settings value. */
	public static final int VALUE = 10_000;

	private static final String ELLIPSIS = "…";

	private TextLimits() {
	}

	/**
	 * @param key the YAML key a text is the value of; empty for a list item
	 * @return how long the text may be
	 */
	public static int forKey(String key) {
		String name = key.toLowerCase(Locale.ROOT);
		if (name.endsWith("title") || name.equals("breadcrumb") || name.equals("name")) {
			return TITLE;
		}
		return name.contains("description") ? DESCRIPTION : VALUE;
	}

	/**
	 * @param text a text
	 * @param limit how long it may be
	 * @return the text, or when longer its start cut at the last space before the limit (a hard cut when a word is
	 * longer than half of it), ending in an ellipsis, at most {@code limit} characters in all
	 */
	public static String cut(String text, int limit) {
		if (text.length() <= limit) {
			return text;
		}
		int end = limit - ELLIPSIS.length();
		int space = text.lastIndexOf(' ', end);
		int cut = (space > 0 && space >= end / 2) ? space : end;
		if (cut > 1 && Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return text.substring(0, cut).stripTrailing() + ELLIPSIS;
	}

	/**
	 * One value that was cut, or one alias that led back into itself and was left out.
	 *
	 * @param path the keys (and {@code [n]} list positions) leading to it from the top
	 * @param length its length; 0 for an alias that led into itself
	 * @param limit how long it may be
	 */
	public record Cut(List<String> path, int length, int limit) {

		public Cut {
			path = List.copyOf(path);
		}

		/** @return the path as an editor reads it: {@code sections[0].hero.title} */
		public String where() {
			return String.join(".", this.path).replace(".[", "[");
		}

		/** @return what happened, for a warning */
		public String problem() {
			if (this.length == 0) {
				return "'" + where() + "' refers to itself (a YAML alias inside its own anchor): it is left out";
			}
			return "'" + where() + "' is " + String.format("%,d", this.length) + " characters long, over the "
					+ String.format("%,d", this.limit) + " it may have: it is cut at a word boundary";
		}

	}

	/**
	 * A copy of loaded YAML with every text within its limit. A value shared through YAML anchors and aliases is
	 * copied once; an alias inside its own anchor, which would make every reader loop, becomes {@code null}.
	 * @param yaml what SnakeYAML loaded: maps, lists and plain values
	 * @param cuts receives each value cut or left out
	 * @return the bounded copy
	 */
	public static Object bound(Object yaml, List<Cut> cuts) {
		return new Walk(cuts).copy(yaml, new ArrayList<>(), "");
	}

	private static final class Walk {

		private final List<Cut> cuts;

		private final Map<Object, Object> copied = new IdentityHashMap<>();

		private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

		Walk(List<Cut> cuts) {
			this.cuts = cuts;
		}

		Object copy(Object value, List<String> path, String key) {
			if (value instanceof String text) {
				int limit = forKey(key);
				if (text.length() > limit) {
					this.cuts.add(new Cut(path, text.length(), limit));
					return cut(text, limit);
				}
				return text;
			}
			if (!(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
				return value;
			}
			if (this.open.contains(value)) {
				this.cuts.add(new Cut(path, 0, 0));
				return null;
			}
			Object done = this.copied.get(value);
			if (done != null) {
				return done;
			}
			this.open.add(value);
			Object copy = (value instanceof Map<?, ?> map) ? copyMap(map, path) : copyList((List<?>) value, path, key);
			this.open.remove(value);
			this.copied.put(value, copy);
			return copy;
		}

		private Map<Object, Object> copyMap(Map<?, ?> map, List<String> path) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((name, item) -> {
				String key = String.valueOf(name);
				copy.put(name, copy(item, with(path, key), key));
			});
			return copy;
		}

		private List<Object> copyList(List<?> list, List<String> path, String key) {
			List<Object> copy = new ArrayList<>(list.size());
			for (int i = 0; i < list.size(); i++) {
				// a list of titles keeps its key's limit
				copy.add(copy(list.get(i), with(path, "[" + i + "]"), key));
			}
			return copy;
		}

		private static List<String> with(List<String> path, String step) {
			List<String> longer = new ArrayList<>(path);
			longer.add(step);
			return longer;
		}

	}

}
