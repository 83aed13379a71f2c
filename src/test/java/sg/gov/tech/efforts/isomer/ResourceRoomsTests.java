package sg.gov.tech.efforts.isomer;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.model.Layout;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageDetails;
import sg.gov.tech.efforts.model.Post;
import sg.gov.tech.efforts.model.ResourceRoom;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;

import static org.assertj.core.api.Assertions.assertThat;

/** A repository's resource rooms: their lists, index.html files and posts of every kind, their categories' colours. */
class ResourceRoomsTests {

	@TempDir
	Path folder;

	private Repository repository() {
		return new Repository(this.folder);
	}

	@Test
	void aLinkPostLeadsToTheOtherSiteItsPermalinkNames() {
		Site site = linkAndFilePosts();
		assertThat(site.errors()).isEmpty();
		assertThat(site.rooms().get(0).posts()).extracting(Post::title, (post) -> post.url().text(), Post::kind)
			.contains(org.assertj.core.groups.Tuple.tuple("Portal", "https://www.gobusiness.gov.sg/", Post.Kind.LINK));
	}

	@Test
	void aFilePostLeadsToItsFile() {
		Site site = linkAndFilePosts();
		assertThat(site.errors()).isEmpty();
		assertThat(site.rooms().get(0).posts()).extracting(Post::title, (post) -> post.url().text(), Post::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Report", "/files/report.pdf", Post.Kind.FILE),
					org.assertj.core.groups.Tuple.tuple("Portal", "https://www.gobusiness.gov.sg/", Post.Kind.LINK));
	}

	private Site linkAndFilePosts() {
		return repository().file("_config.yml", Repository.CONFIG + "resources_name: news\n")
			.page("index.md", "Home", "/", "Hi")
			.file("news/media/_posts/2024-01-05-portal.md",
					"---\ntitle: Portal\nlayout: link\npermalink: https://www.gobusiness.gov.sg/\n---\n")
			.file("news/media/_posts/2024-01-06-report.md", "---\ntitle: Report\nfile_url: /files/report.pdf\n---\n")
			.read();
	}

	@Test
	void anIndexHtmlTitlesTheListOfItsRoomOrCategory() {
		ResourceRoom room = roomWithIndexFiles().rooms().get(0);
		assertThat(room.title()).isEqualTo("All Latest News");
		assertThat(room.description()).isEqualTo("Everything.");
		assertThat(room.categories()).extracting(ResourceRoom.Category::title, ResourceRoom.Category::heading)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Press", "Media Releases"),
					org.assertj.core.groups.Tuple.tuple("Talks", "Talks"));
	}

	@Test
	void anIndexHtmlIsNoPageOfItsOwn() {
		Site site = roomWithIndexFiles();
		assertThat(site.pages()).extracting(Page::source).doesNotContain("news/index.html", "news/--press/index.html");
		assertThat(site.route("/news/")).isInstanceOf(Route.ListingRoute.class);
		assertThat(site.route("/news/--press/")).isInstanceOf(Route.ListingRoute.class);
	}

	private Site roomWithIndexFiles() {
		return repository().file("_config.yml", Repository.CONFIG + "resources_name: news\n")
			.page("index.md", "Home", "/", "Hi")
			.file("news/index.html", "---\nlayout: resources\ntitle: All Latest News\ndescription: Everything.\n---\n")
			.file("news/--press/index.html", "---\nlayout: resources-alt\ntitle: Media Releases\n---")
			.page("news/--press/_posts/2024-01-05-old.md", "Old", "", "")
			.page("news/talks/_posts/2024-02-05-talk.md", "Talk", "", "")
			.read();
	}

	@Test
	void aRoomIndexWithoutPostsIsAnEmptyRoom() {
		Site site = repository().file("_config.yml", Repository.CONFIG + "resources_name: resource-room\n")
			.page("index.md", "Home", "/", "Hi")
			.file("resource-room/index.html", "---\nlayout: resources\ntitle: Resource Room\n---\n")
			.read();
		assertThat(site.rooms()).singleElement().satisfies((room) -> {
			assertThat(room.title()).isEqualTo("Resource Room");
			assertThat(room.posts()).isEmpty();
		});
		assertThat(site.route("/resource-room/")).isInstanceOf(Route.ListingRoute.class);
	}

	@Test
	void eachCategoryWearsTheMediaColourOfItsPlaceInJekyllsCategoriesOldestPostFirst() {
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.page("news/a/_posts/2024-06-01-a.md", "A", "", "")
			.page("news/b/_posts/2020-01-01-b.md", "B", "", "")
			.page("news/c/_posts/2021-01-01-c.md", "C", "", "")
			.page("news/d/_posts/2022-01-01-d.md", "D", "", "")
			.page("news/e/_posts/2023-01-01-e.md", "E", "", "")
			.page("news/f/_posts/2023-06-01-f.md", "F", "", "")
			.read();
		// news takes the first place, so b is second, and f, sixth, wraps round to the first colour
		assertThat(site.rooms().get(0).categories()).extracting(ResourceRoom.Category::name, ResourceRoom.Category::colour)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a", 2), org.assertj.core.groups.Tuple.tuple("b", 2),
					org.assertj.core.groups.Tuple.tuple("c", 3), org.assertj.core.groups.Tuple.tuple("d", 4),
					org.assertj.core.groups.Tuple.tuple("e", 5), org.assertj.core.groups.Tuple.tuple("f", 1));
	}

	@Test
	void aResourceRoomListsItsPostsNewestFirstInCategories() {
		ResourceRoom room = newsRoom().rooms().get(0);
		assertThat(room.url()).isEqualTo("/news/");
		assertThat(room.categories()).extracting(ResourceRoom.Category::title).containsExactly("Press", "Speeches");
		assertThat(room.posts()).extracting(Post::title).containsExactly("Slides", "New", "Middle", "Old");
	}

	@Test
	void aResourceRoomIsListedPageByPage() {
		assertThat(newsRoom().route("/news/page2/")).isInstanceOf(Route.ListingRoute.class);
	}

	@Test
	void eachCategoryOfARoomHasAListOfItsOwn() {
		assertThat(newsRoom().route("/news/speeches/")).isInstanceOf(Route.ListingRoute.class);
	}

	@Test
	void aPostIsAPageDatedByItsFileName() {
		Page newest = newsRoom().page("/news/--press/new.html");
		assertThat(newest.layout()).isEqualTo(Layout.POST);
		assertThat(((PageDetails.PostDetails) newest.details()).date()).isEqualTo(LocalDate.of(2024, 3, 5));
	}

	@Test
	void aFilePostIsAnEntryLeadingToItsFileNotAPage() {
		Site site = newsRoom();
		assertThat(site.rooms().get(0).posts().get(0)).satisfies((slides) -> {
			assertThat(slides.url()).hasToString("/files/slides.pdf");
			assertThat(slides.external()).isTrue();
		});
		assertThat(site.pages()).extracting(Page::title).doesNotContain("Slides");
	}

	private Site newsRoom() {
		return repository().file("_config.yml", Repository.CONFIG + "resources_name: news\npaginate: 2\n")
			.page("index.md", "Home", "/", "Hi")
			.page("news/--press/_posts/2024-01-05-old.md", "Old", "/news/old/", "")
			.page("news/--press/_posts/2024-03-05-new.md", "New", "", "")
			.page("news/speeches/_posts/2024-02-05-middle.md", "Middle", "/news/middle/", "")
			.file("news/speeches/_posts/2024-04-01-slides.md",
					"---\ntitle: Slides\nlayout: file\nfile_url: /files/slides.pdf\n---\n")
			.read();
	}

}
