package sg.gov.tech.efforts.isomer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import sg.gov.tech.efforts.model.Layout;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Post;
import sg.gov.tech.efforts.model.ResourceRoom;

/**
 * The resource rooms of an Isomer repository: each folder whose category sub-folders hold {@code _posts/}, or that
 * has an {@code index.html} with {@code layout: resources}; its categories in the natural order of their folders'
 * names (editors prefix dashes to order them), its posts newest first. The room's and each category's
 * {@code index.html} ({@code layout: resources-alt}) give their lists' titles, and are no pages of their own.
 */
final class ResourceRooms {

	/** Isomer's theme has five media colours, taken by categories in turn. */
	static final int MEDIA_COLOURS = 5;

	/**
	 * @param rooms the rooms
	 * @param indexPages the sources of the {@code index.html} files that are their lists, no pages of their own
	 */
	record Found(List<ResourceRoom> rooms, Set<String> indexPages) {
	}

	/** A room's or category's {@code index.html}: the title and description of its list. */
	private record Index(String title, String description) {
	}

	private ResourceRooms() {
	}

	static Found of(List<ParsedFile> published, JekyllConfig config, Map<String, String> navTitles) {
		Map<String, List<Post>> posts = new LinkedHashMap<>();
		Map<String, TreeMap<String, String>> categories = new LinkedHashMap<>();
		for (ParsedFile file : published) {
			if (listUrls(file).isEmpty()) {
				continue;
			}
			String room = file.source().categories().get(0);
			posts.computeIfAbsent(room, (key) -> new ArrayList<>()).add(file.post().get());
			String category = file.post().get().category();
			if (!category.equals(room)) {
				categories.computeIfAbsent(room, (key) -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
					.put(category, category);
			}
		}
		Map<String, Index> indexes = new LinkedHashMap<>();
		Set<String> indexPages = new HashSet<>();
		for (ParsedFile file : published) {
			Optional<Page> page = file.page();
			String folder = file.source().folder();
			if (page.isEmpty() || folder.isEmpty() || file.source().kind() != JekyllFiles.Kind.PAGE) {
				continue;
			}
			Layout layout = page.get().layout();
			int slash = folder.lastIndexOf('/');
			if (layout == Layout.RESOURCES) {
				posts.computeIfAbsent(folder, (key) -> new ArrayList<>());
			}
			else if (layout == Layout.RESOURCES_ALT && slash > 0) {
				String room = folder.substring(0, slash);
				posts.computeIfAbsent(room, (key) -> new ArrayList<>());
				categories.computeIfAbsent(room, (key) -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
					.putIfAbsent(folder.substring(slash + 1), folder.substring(slash + 1));
			}
			else {
				continue;
			}
			indexes.put(folder, new Index(page.get().title(), page.get().frontMatter().description()));
			indexPages.add(file.source().name());
		}
		List<String> colourOrder = colourOrder(published);
		List<ResourceRoom> rooms = new ArrayList<>();
		posts.forEach((room, entries) -> {
			String url = roomUrl(room);
			List<ResourceRoom.Category> roomCategories = categories.getOrDefault(room, new TreeMap<>())
				.keySet()
				.stream()
				.map((name) -> {
					String title = CollectionPages.words(name);
					Optional<Index> index = Optional.ofNullable(indexes.get(room + "/" + name));
					return new ResourceRoom.Category(name, title, categoryUrl(room, name),
							index.map(Index::title).orElse(title), index.map(Index::description).orElse(""),
							colour(colourOrder, name));
				})
				.toList();
			String fallback = room.equals(config.resourcesName())
					? navTitles.getOrDefault(IsomerReader.NavigationTitles.RESOURCE_ROOM, CollectionPages.words(room))
					: CollectionPages.words(room);
			Optional<Index> index = Optional.ofNullable(indexes.get(room));
			List<Post> newestFirst = entries.stream()
				.sorted(Comparator.comparing(Post::date, Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing((post) -> post.title().toLowerCase(Locale.ROOT)))
				.toList();
			rooms.add(new ResourceRoom(room, index.map(Index::title).orElse(fallback), url,
					index.map(Index::description).orElse(""), roomCategories, newestFirst, config.paginate()));
		});
		return new Found(rooms, indexPages);
	}

	/**
	 * Jekyll's {@code site.categories}, whose order gives each category its media colour in Isomer's lists: each
	 * post's folders, rooms and categories alike, first seen going through the posts oldest first.
	 */
	private static List<String> colourOrder(List<ParsedFile> published) {
		Set<String> order = new LinkedHashSet<>();
		published.stream()
			.filter((file) -> file.post().isPresent())
			.sorted(Comparator.comparing((ParsedFile file) -> file.post().get().date(),
					Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
				.thenComparing((file) -> file.source().name()))
			.forEach((file) -> order.addAll(file.source().categories()));
		return List.copyOf(order);
	}

	private static int colour(List<String> order, String category) {
		return Math.max(0, order.indexOf(category)) % MEDIA_COLOURS + 1;
	}

	/**
	 * @param file a published file
	 * @return the URLs of the lists a post appears in (its room's, and its category's); empty for a file that is
	 * no post
	 */
	static List<String> listUrls(ParsedFile file) {
		if (file.post().isEmpty() || file.source().categories().isEmpty()) {
			return List.of();
		}
		String room = file.source().categories().get(0);
		String category = file.post().get().category();
		return category.equals(room) ? List.of(roomUrl(room)) : List.of(roomUrl(room), categoryUrl(room, category));
	}

	private static String roomUrl(String room) {
		return "/" + room + "/";
	}

	private static String categoryUrl(String room, String category) {
		return roomUrl(room) + category + "/";
	}

}
