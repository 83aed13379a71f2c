package sg.gov.tech.efforts.isomer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageCollection;
import sg.gov.tech.efforts.model.Placement;

/**
 * Places each collection document in its collection, in the order its {@code collection.yml} gives (then by path),
 * and groups the pages of each sub-folder, which share a side navigation titled by their {@code third_nav_title}
 * (else the folder's name).
 */
final class CollectionPages {

	private CollectionPages() {
	}

	/**
	 * @param published every file that is published
	 * @param collections the collections' settings, in order
	 * @param navTitles the titles the navigation gives collections
	 * @param built receives the collections, in order
	 * @return every page, collection documents placed in theirs
	 */
	static List<Page> place(List<ParsedFile> published, Map<String, JekyllConfig.CollectionConfig> collections,
			Map<String, String> navTitles, List<PageCollection> built) {
		List<Page> pages = new ArrayList<>();
		Map<String, List<ParsedFile>> documents = new LinkedHashMap<>();
		collections.keySet().forEach((name) -> documents.put(name, new ArrayList<>()));
		for (ParsedFile file : published) {
			if (file.page().isEmpty()) {
				continue;
			}
			if (file.source().kind() == JekyllFiles.Kind.DOCUMENT && documents.containsKey(file.source().collection())) {
				documents.get(file.source().collection()).add(file);
			}
			else {
				pages.add(file.page().get());
			}
		}
		documents.forEach((name, files) -> {
			if (files.isEmpty()) {
				return;
			}
			List<String> order = collections.get(name).order();
			List<ParsedFile> ordered = files.stream().sorted(Comparator
				.comparingInt((ParsedFile file) -> position(order, inCollection(file)))
				.thenComparing((file) -> file.source().name()))
				.toList();
			List<PageCollection.Entry> entries = new ArrayList<>();
			Map<String, List<Page>> groups = new LinkedHashMap<>();
			Map<String, String> groupTitles = new LinkedHashMap<>();
			for (ParsedFile file : ordered) {
				String folder = file.source().folder();
				String group = folder.contains("/") ? folder.substring(0, folder.indexOf('/')) : folder;
				Page page = file.page().get().placedIn(new Placement(name, group));
				pages.add(page);
				if (group.isEmpty()) {
					entries.add(new PageCollection.PageEntry(page));
					continue;
				}
				if (!groups.containsKey(group)) {
					groups.put(group, new ArrayList<>());
					entries.add(null);
					groupTitles.put(group, String.valueOf(entries.size() - 1));
				}
				groups.get(group).add(page);
			}
			groups.forEach((group, members) -> {
				String title = members.stream().map((page) -> page.frontMatter().thirdNavTitle())
					.filter((third) -> !third.isEmpty())
					.findFirst()
					.orElse(words(group));
				entries.set(Integer.parseInt(groupTitles.get(group)), new PageCollection.Group(group, title, members));
			});
			built.add(new PageCollection(name, navTitles.getOrDefault(name, words(name)), entries));
		});
		return pages;
	}

	private static String inCollection(ParsedFile file) {
		return file.source().name().substring(file.source().collection().length() + 2);
	}

	private static int position(List<String> order, String path) {
		int index = order.indexOf(path);
		return (index < 0) ? Integer.MAX_VALUE : index;
	}

	/** A folder's name in words: {@code about-us} is "About Us", {@code Our Stories} stays. */
	static String words(String name) {
		StringBuilder words = new StringBuilder();
		for (String word : name.replaceAll("^[-_\\s]+", "").split("[-_\\s]+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (!words.isEmpty()) {
				words.append(' ');
			}
			words.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return words.toString();
	}

}
