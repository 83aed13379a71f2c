package sg.gov.tech.efforts.isomer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading values out of loosely typed YAML, as editors write it: a missing key, a number or {@code null} is no error. */
final class Yaml {

	private Yaml() {
	}

	/** @return the text of a key, stripped; empty when absent, {@code null} or not a plain value */
	static String text(Map<?, ?> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		if (value == null || value instanceof Map || value instanceof Iterable) {
			return "";
		}
		return value.toString().strip();
	}

	/** @return whether a key is {@code true} (or "true") */
	static boolean flag(Map<?, ?> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value).strip());
	}

	/** @return a key's map, if it is one */
	static Optional<Map<?, ?>> map(Map<?, ?> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		return (value instanceof Map<?, ?> found) ? Optional.of(found) : Optional.empty();
	}

	/** @return a key's list items that are maps; empty when it is not a list */
	static List<Map<?, ?>> maps(Map<?, ?> map, String key) {
		List<Map<?, ?>> found = new ArrayList<>();
		for (Object item : list(map, key)) {
			if (item instanceof Map<?, ?> entry) {
				found.add(entry);
			}
		}
		return found;
	}

	/** @return a key's list; a single value is a list of one; empty when absent */
	static List<?> list(Map<?, ?> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		if (value instanceof List<?> items) {
			return items;
		}
		return (value == null) ? List.of() : List.of(value);
	}

	/** @return a key's list items as text, blank and {@code null} items left out */
	static List<String> texts(Map<?, ?> map, String key) {
		List<String> found = new ArrayList<>();
		for (Object item : list(map, key)) {
			if (item != null && !(item instanceof Map) && !(item instanceof Iterable) && !item.toString().isBlank()) {
				found.add(item.toString().strip());
			}
		}
		return found;
	}

	/** @return a key's whole number, or the fallback when it is absent or not a number */
	static int number(Map<?, ?> map, String key, int fallback) {
		Object value = (map != null) ? map.get(key) : null;
		if (value instanceof Number number) {
			return number.intValue();
		}
		try {
			return (value != null) ? Integer.parseInt(value.toString().strip()) : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
