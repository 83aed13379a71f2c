package sg.gov.tech.efforts.isomer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import sg.gov.tech.efforts.model.Post;
import sg.gov.tech.efforts.model.ResourceRoom;

/**
 * The resource rooms of an Isomer repository: each folder whose category sub-folders hold {@code _posts/}, its
 * categories in the natural order of their folders' names (editors prefix dashes to order them), its posts newest
 * first.
 */
final class ResourceRooms {

	private ResourceRooms() {
	}

	static List<ResourceRoom> of(List<ParsedFile> published, JekyllConfig config, Map<String, String> navTitles) {
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
		List<ResourceRoom> rooms = new ArrayList<>();
		posts.forEach((room, entries) -> {
			String url = roomUrl(room);
			List<ResourceRoom.Category> roomCategories = categories.getOrDefault(room, new TreeMap<>())
				.keySet()
				.stream()
				.map((name) -> new ResourceRoom.Category(name, CollectionPages.words(name), categoryUrl(room, name)))
				.toList();
			String title = room.equals(config.resourcesName())
					? navTitles.getOrDefault(IsomerReader.NavigationTitles.RESOURCE_ROOM, CollectionPages.words(room))
					: CollectionPages.words(room);
			List<Post> newestFirst = entries.stream()
				.sorted(Comparator.comparing(Post::date, Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing((post) -> post.title().toLowerCase(Locale.ROOT)))
				.toList();
			rooms.add(new ResourceRoom(room, title, url, roomCategories, newestFirst, config.paginate()));
		});
		return rooms;
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
