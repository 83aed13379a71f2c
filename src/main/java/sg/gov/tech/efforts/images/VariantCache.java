package sg.gov.tech.efforts.images;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The copies made so far, within two budgets: the most recently used in memory, and all of them, while they fit, in
 * an optional folder that outlives the process (so a restart or a new replica on the same volume makes none again).
 * Keys name the file's hash, the width, the format and the encoder's settings, so a key's bytes never change.
 */
final class VariantCache {

	private static final Log logger = LogFactory.getLog(VariantCache.class);

	private final long memoryBudget;

	private final Path folder;

	private final long folderBudget;

	/** Least recently used first. */
	private final LinkedHashMap<String, Variant> memory = new LinkedHashMap<>(64, 0.75f, true);

	private long memoryBytes;

	private long folderBytes;

	/**
	 * @param memoryBudget bytes of copies to keep in memory
	 * @param folder where to keep copies across restarts; {@code null} for none
	 * @param folderBudget bytes of copies to keep there
	 */
	VariantCache(long memoryBudget, Path folder, long folderBudget) {
		this.memoryBudget = memoryBudget;
		this.folder = usable(folder);
		this.folderBudget = folderBudget;
		if (this.folder != null) {
			try (Stream<Path> files = files()) {
				this.folderBytes = files.mapToLong(VariantCache::size).sum();
			}
		}
	}

	private static Path usable(Path folder) {
		if (folder == null) {
			return null;
		}
		try {
			Files.createDirectories(folder);
			Path probe = Files.createTempFile(folder, "probe", ".tmp");
			Files.delete(probe);
			return folder;
		}
		catch (IOException | UnsupportedOperationException ex) {
			logger.warn("Image copies are kept in memory only: the folder " + folder + " cannot be written ("
					+ ex.getMessage() + ")");
			return null;
		}
	}

	Optional<Variant> get(String key, String mediaType) {
		synchronized (this.memory) {
			Variant variant = this.memory.get(key);
			if (variant != null) {
				return Optional.of(variant);
			}
		}
		if (this.folder == null) {
			return Optional.empty();
		}
		Path file = this.folder.resolve(key);
		try {
			Variant variant = Variant.of(Files.readAllBytes(file), mediaType);
			Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
			remember(key, variant);
			return Optional.of(variant);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	void put(String key, Variant variant) {
		remember(key, variant);
		if (this.folder != null && variant.bytes().length <= this.folderBudget) {
			store(key, variant.bytes());
		}
	}

	private void remember(String key, Variant variant) {
		if (variant.bytes().length > this.memoryBudget) {
			return;
		}
		synchronized (this.memory) {
			Variant before = this.memory.put(key, variant);
			this.memoryBytes += variant.bytes().length - ((before != null) ? before.bytes().length : 0);
			Iterator<Variant> oldest = this.memory.values().iterator();
			while (this.memoryBytes > this.memoryBudget && oldest.hasNext()) {
				this.memoryBytes -= oldest.next().bytes().length;
				oldest.remove();
			}
		}
	}

	private synchronized void store(String key, byte[] bytes) {
		Path target = this.folder.resolve(key);
		try {
			Path temporary = Files.createTempFile(this.folder, key, ".tmp");
			Files.write(temporary, bytes);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			this.folderBytes += bytes.length;
			if (this.folderBytes > this.folderBudget) {
				trim();
			}
		}
		catch (IOException ex) {
			logger.warn("An image copy could not be kept in " + this.folder + ": " + ex.getMessage());
		}
	}

	/** Deletes the least recently used copies until the folder is within three quarters of its budget. */
	private void trim() {
		List<Path> oldestFirst;
		try (Stream<Path> files = files()) {
			oldestFirst = files.sorted(Comparator.comparing(VariantCache::modified)).toList();
		}
		long total = oldestFirst.stream().mapToLong(VariantCache::size).sum();
		for (Path file : oldestFirst) {
			if (total <= this.folderBudget * 3 / 4) {
				break;
			}
			long size = size(file);
			try {
				Files.deleteIfExists(file);
				total -= size;
			}
			catch (IOException ex) {
				// another replica sharing the folder may have deleted it first
			}
		}
		this.folderBytes = total;
	}

	private Stream<Path> files() {
		try {
			return Files.list(this.folder).filter((file) -> !file.getFileName().toString().endsWith(".tmp"));
		}
		catch (IOException ex) {
			return Stream.empty();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			return FileTime.fromMillis(0);
		}
	}

}
