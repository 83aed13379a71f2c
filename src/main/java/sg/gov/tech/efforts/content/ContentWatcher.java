package sg.gov.tech.efforts.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Watches a folder content root (every folder under it) and reloads the site when a file is added, changed, deleted
 * or renamed, once the burst of changes an editor's save makes has settled. Off for content on the classpath and when
 * {@code site.content.watch=false}; its daemon thread, {@code content-watcher-1}, stops when the application context
 * closes.
 * <p>
 * The root may be, or lie under, a symbolic link that is moved to another folder at once, as git-sync publishes each
 * commit (it checks the commit out into a new folder, then renames a new link over the old one): the folders the link
 * leads to are watched, the folder holding the link is watched for the link being replaced, and when it is, the new
 * folders are watched instead of the old ones and the site reloads.
 */
@Component
class ContentWatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ContentWatcher.class);

	/** How long the folder must stay quiet before reloading: one save is often several file events. */
	private static final long SETTLE_MILLIS = 80;

	/** Reload anyway after this long, so a folder that never stays quiet is still served. */
	private static final long MAX_SETTLE_MILLIS = 500;

	/** How long stopping waits for a reload under way before it interrupts it. */
	private static final long STOP_WAIT_MILLIS = 5_000;

	private final CurrentSite content;

	private final Optional<Path> folder;

	private volatile WatchService watchService;

	/** Keys of the folders of the content, cancelled when a link on the way to them moves. */
	private final Set<WatchKey> contentKeys = ConcurrentHashMap.newKeySet();

	/** Keys of the folders that hold a symbolic link on the way to the content, each with the link's name. */
	private final Map<WatchKey, Path> linkKeys = new ConcurrentHashMap<>();

	/** Runs the watching loop on its one thread, from {@link #start()} to {@link #stop()}. */
	private volatile SimpleAsyncTaskExecutor executor;

	ContentWatcher(CurrentSite content, SiteProperties properties) {
		this.content = content;
		SiteProperties.Content settings = properties.getContent();
		this.folder = settings.isWatch() ? ContentLoader.folderOf(settings.getLocation()) : Optional.empty();
	}

	@Override
	public synchronized void start() {
		if (this.folder.isEmpty() || this.executor != null) {
			return;
		}
		try {
			this.watchService = FileSystems.getDefault().newWatchService();
			registerLinks(this.folder.get());
			registerTree(this.folder.get().toRealPath());
		}
		catch (IOException ex) {
			logger.warn("Content changes will not be picked up without a restart: " + this.folder.get()
					+ " cannot be watched (" + ex.getMessage() + ")");
			return;
		}
		// one per start: a closed executor takes no more tasks, and a stopped lifecycle may be started again
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("content-watcher-");
		executor.setDaemon(true);
		executor.setTaskTerminationTimeout(STOP_WAIT_MILLIS);
		executor.execute(this::watch);
		this.executor = executor;
		logger.info("Watching " + this.folder.get() + " for content changes");
	}

	/** Closes the watch service, which ends the loop, and waits for a reload under way to finish. */
	@Override
	public synchronized void stop() {
		SimpleAsyncTaskExecutor executor = this.executor;
		if (executor == null) {
			return;
		}
		this.executor = null;
		try {
			this.watchService.close();
		}
		catch (IOException ex) {
			logger.debug("Closing the content watch service failed", ex);
		}
		// waits, then interrupts the thread if it is still reloading
		executor.close();
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	private void watch() {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				boolean relevant = handle(this.watchService.take());
				long deadline = System.currentTimeMillis() + MAX_SETTLE_MILLIS;
				WatchKey more;
				while (System.currentTimeMillis() < deadline
						&& (more = this.watchService.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
					relevant |= handle(more);
				}
				if (relevant) {
					reloadSafely();
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			// the application is stopping
		}
	}

	/** A reload must never end the watcher thread, or every later change would be silently ignored. */
	private void reloadSafely() {
		try {
			this.content.reload();
		}
		catch (RuntimeException ex) {
			logger.error("Reloading content failed; still serving the previous version", ex);
		}
	}

	/** Registers new folders and tells whether any event concerns content rather than an editor's scratch file. */
	private boolean handle(WatchKey key) {
		Path link = this.linkKeys.get(key);
		if (link != null) {
			return handleLinkFolder(key, link);
		}
		boolean relevant = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path name)) {
				relevant = true;
				continue;
			}
			Path changed = ((Path) key.watchable()).resolve(name);
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
				registerQuietly(changed);
			}
			relevant |= !isScratch(name.toString());
		}
		key.reset();
		return relevant;
	}

	/** Swap, backup and lock files editors leave beside the content: ".page.md.swp", "page.md~", "#page.md#". */
	private static boolean isScratch(String name) {
		return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") || name.endsWith(".swp")
				|| name.endsWith(".tmp");
	}

	/** A folder holding a link on the way to the content: only the link's being replaced (or removed) matters. */
	private boolean handleLinkFolder(WatchKey key, Path link) {
		boolean moved = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			moved |= event.kind() == StandardWatchEventKinds.OVERFLOW || link.equals(event.context());
		}
		key.reset();
		if (moved) {
			rewatch();
		}
		return moved;
	}

	/** Watches the folders the links now lead to instead of those they led to (which git-sync deletes next). */
	private void rewatch() {
		this.contentKeys.forEach(WatchKey::cancel);
		this.contentKeys.clear();
		this.linkKeys.keySet().forEach(WatchKey::cancel);
		this.linkKeys.clear();
		Path folder = this.folder.get();
		try {
			registerLinks(folder);
			registerTree(folder.toRealPath());
			logger.info("Watching " + folder + " for content changes, now in " + folder.toRealPath());
		}
		catch (IOException ex) {
			logger.warn("Content changes inside " + folder + " will not be picked up until its link moves again: "
					+ ex.getMessage());
		}
	}

	/** Watches the folder holding each symbolic link on the way to the content root (the root itself included). */
	private void registerLinks(Path folder) throws IOException {
		Path path = folder.getRoot();
		for (Path name : folder) {
			path = path.resolve(name);
			if (Files.isSymbolicLink(path)) {
				WatchKey key = path.getParent()
					.register(this.watchService, StandardWatchEventKinds.ENTRY_CREATE,
							StandardWatchEventKinds.ENTRY_DELETE);
				this.linkKeys.put(key, path.getFileName());
			}
		}
	}

	private void registerTree(Path root) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
				try {
					ContentWatcher.this.contentKeys.add(folder.register(ContentWatcher.this.watchService,
							StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
							StandardWatchEventKinds.ENTRY_MODIFY));
				}
				catch (NoSuchFileException ex) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				// an editor's temporary file can vanish while we walk: it is no reason to stop watching
				return FileVisitResult.CONTINUE;
			}

		});
	}

	private void registerQuietly(Path folder) {
		try {
			registerTree(folder);
		}
		catch (IOException ex) {
			logger.warn("Changes inside " + folder + " will not be picked up: " + ex.getMessage());
		}
	}

}
