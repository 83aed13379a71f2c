package sg.gov.tech.efforts.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.Digests;

/**
 * What a reader made of each file at its last load, so a reload parses again only the files whose bytes (or the
 * settings they were parsed with) changed, and a file whose new version cannot be parsed keeps its last good one.
 *
 * @param <T> what a file is parsed into
 */
public final class FileCache<T> {

	private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

	/**
	 * One file's parse.
	 *
	 * @param <T> what the file was parsed into
	 * @param digest the SHA-256 of the file's bytes and the parse's context
	 * @param result what it was parsed into; empty when it could not be
	 * @param problems what its parse reported
	 * @param lastGood the newest result that parsed, kept while a broken version is on disk
	 * @param stamp the file's size and modification time when it was read, and the context
	 */
	public record Entry<T>(byte[] digest, Optional<T> result, ValidationReport problems, Optional<T> lastGood,
			String stamp) {
	}

	/**
	 * A file's parse, from the cache when its size and modification time (its stamp) are what they were at the last
	 * parse, in the same context, without reading the file; else read, and parsed again unless its bytes are too.
	 * @param name the file's name
	 * @param stamp the file's size and modification time; empty when they cannot be told, so it is always read
	 * @param bytes reads the file
	 * @param context what else the parse depends on (the settings' digest, say)
	 * @param parse parses the bytes it is given
	 * @return the entry
	 */
	public Entry<T> parse(String name, String stamp, Supplier<byte[]> bytes, String context, BytesParser<T> parse) {
		return parse(name, stamp, bytes, context, (read) -> Instant.EPOCH,
				(read, changed, problems) -> parse.parse(read, problems));
	}

	/**
	 * A file's parse that also depends on when the file last changed, the date its page shows: as
	 * {@link #parse(String, String, Supplier, String, BytesParser)}, but bytes that are the same keep their parse only
	 * when that date is too (a file saved again unchanged has a new modification time, a committed edit the commit's).
	 * @param name the file's name
	 * @param stamp the file's size and modification time; empty when they cannot be told, so it is always read
	 * @param bytes reads the file
	 * @param context what else the parse depends on (the settings' digest, say)
	 * @param changed when the file with these bytes last changed
	 * @param parse parses the bytes it is given, with that date
	 * @return the entry
	 */
	public Entry<T> parse(String name, String stamp, Supplier<byte[]> bytes, String context,
			Function<byte[], Instant> changed, DatedParser<T> parse) {
		Entry<T> cached = this.entries.get(name);
		String stamped = stamp.isEmpty() ? "" : stamp + "|" + context;
		if (cached != null && !stamped.isEmpty() && stamped.equals(cached.stamp())) {
			return cached;
		}
		byte[] read = bytes.get();
		Instant date = changed.apply(read);
		return parse(name, read, context + "|" + date, stamped, (problems) -> parse.parse(read, date, problems));
	}

	/**
	 * Parses the bytes of one file.
	 * @param <T> what they are parsed into
	 */
	@FunctionalInterface
	public interface BytesParser<T> {

		T parse(byte[] bytes, ValidationReport problems);

	}

	/**
	 * Parses the bytes of one file, knowing when it last changed.
	 * @param <T> what they are parsed into
	 */
	@FunctionalInterface
	public interface DatedParser<T> {

		T parse(byte[] bytes, Instant changed, ValidationReport problems);

	}

	/**
	 * A file's parse, from the cache when neither its bytes nor the context changed.
	 * @param name the file's name
	 * @param bytes its bytes
	 * @param context what else the parse depends on (the settings' digest, say)
	 * @param parse parses the file, reporting into the report it is given; throws {@link ContentException} when
	 * the file cannot be served
	 * @return the entry, {@code result} empty when the file cannot be parsed (its problem is then an error of the entry)
	 */
	public Entry<T> parse(String name, byte[] bytes, String context, Parser<T> parse) {
		return parse(name, bytes, context, "", parse);
	}

	private Entry<T> parse(String name, byte[] bytes, String context, String stamp, Parser<T> parse) {
		byte[] digest = digest(bytes, context);
		Entry<T> cached = this.entries.get(name);
		if (cached != null && Arrays.equals(cached.digest(), digest)) {
			Entry<T> same = new Entry<>(cached.digest(), cached.result(), cached.problems(), cached.lastGood(), stamp);
			this.entries.put(name, same);
			return same;
		}
		ValidationReport problems = new ValidationReport();
		Entry<T> entry;
		try {
			T result = parse.parse(problems);
			entry = new Entry<>(digest, Optional.of(result), problems, Optional.of(result), stamp);
		}
		catch (ContentException ex) {
			Optional<T> lastGood = (cached != null) ? cached.lastGood() : Optional.empty();
			problems.error(ex);
			lastGood.ifPresent((good) -> problems.warn(name, 1,
					"the file's last good version is still served until the error is fixed"));
			entry = new Entry<>(digest, Optional.empty(), problems, lastGood, stamp);
		}
		this.entries.put(name, entry);
		return entry;
	}

	/** Forgets every file not among these, such as deleted ones. */
	public void retainOnly(Set<String> names) {
		this.entries.keySet().retainAll(names);
	}

	/** Forgets every file, so the next load parses everything again. */
	public void clear() {
		this.entries.clear();
	}

	/**
	 * Parses one file.
	 * @param <T> what it is parsed into
	 */
	@FunctionalInterface
	public interface Parser<T> {

		T parse(ValidationReport problems);

	}

	/** @return the SHA-256 of some texts, for a context argument */
	public static String digestOf(Supplier<String> text) {
		return HexFormat.of().formatHex(digest(text.get().getBytes(StandardCharsets.UTF_8), ""));
	}

	private static byte[] digest(byte[] bytes, String context) {
		MessageDigest sha = Digests.sha256();
		sha.update(bytes);
		sha.update((byte) 0);
		sha.update(context.getBytes(StandardCharsets.UTF_8));
		return sha.digest();
	}

}
