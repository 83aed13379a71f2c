package sg.gov.tech.efforts.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.ReservedPaths;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class CurrentSiteTests {

	@TempDir
	Path folder;

	private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

	@Test
	void reloadServesTheNewVersionAtOnce() throws IOException {
		write("one.md", "One");
		CurrentSite content = siteContent();
		Site first = content.site();
		write("two.md", "Two");
		assertThat(content.reload()).isTrue();
		assertThat(content.site()).isNotSameAs(first);
		assertThat(content.site().pages()).extracting(Page::permalink).containsExactly("/one/", "/two/");
		assertThat(content.reloads().served().count()).as("the load at startup is no reload").isOne();
		assertThat(content.reloads().served().nanos()).isPositive();
		assertThat(content.reloads().rejected().count()).isZero();
	}

	@Test
	void aBrokenChangeKeepsTheFilesLastGoodVersion(CapturedOutput output) throws IOException {
		CurrentSite content = breakOneOfTwo();
		assertThat(content.reload()).isTrue();
		assertThat(content.site().page("/one/").introHtml()).isEqualTo("<p>One</p>");
		assertThat(content.site().page("/two/").introHtml()).isEqualTo("<p>Two, edited</p>");
		assertThat(output).contains("Content warning: one.md, line 1: the file's last good version is still served "
				+ "until the error is fixed");
	}

	@Test
	void aBrokenChangeIsAnErrorOnItsLine(CapturedOutput output) throws IOException {
		breakOneOfTwo().reload();
		assertThat(output).contains("Content error: one.md, line 1: front matter has no 'title'");
	}

	private CurrentSite breakOneOfTwo() throws IOException {
		write("one.md", "One");
		write("two.md", "Two");
		CurrentSite content = siteContent();
		Files.writeString(this.folder.resolve("one.md"), "---\npermalink: /one/\n---\nNo title\n");
		write("two.md", "Two, edited");
		return content;
	}

	@Test
	void inStrictModeABrokenChangeIsRejectedWholeKeepingTheLastGoodSite(CapturedOutput output) throws IOException {
		write("one.md", "One");
		SiteProperties properties = settings();
		properties.getContent().setStrict(true);
		CurrentSite content = new CurrentSite(properties, this.beans.getBeanProvider(EarlyContentLoad.Started.class),
				this.beans.getBeanProvider(CurrentSiteListener.class),
				this.beans.getBeanProvider(ReservedPaths.class));
		Site good = content.site();
		Files.writeString(this.folder.resolve("one.md"), "---\npermalink: /one/\n---\nNo title\n");
		assertThat(content.reload()).isFalse();
		assertThat(content.site()).isSameAs(good);
		assertThat(output).contains("Content change rejected, still serving the previous version: one.md, line 1: "
				+ "front matter has no 'title'");
		assertThat(content.reloads().rejected().count()).isOne();
		assertThat(content.reloads().served().count()).isZero();
	}

	@Test
	void aListenerThatFailsRejectsTheSite(CapturedOutput output) throws IOException {
		write("one.md", "One");
		AtomicBoolean fail = new AtomicBoolean();
		this.beans.addBean("failing", (CurrentSiteListener) (site) -> {
			if (fail.get()) {
				throw new IllegalStateException("cannot pre-render");
			}
		});
		CurrentSite content = siteContent();
		Site good = content.site();
		fail.set(true);
		write("two.md", "Two");
		assertThat(content.reload()).isFalse();
		assertThat(content.site()).isSameAs(good);
		assertThat(output).contains("cannot pre-render");
		assertThat(content.reloads().rejected().count()).isOne();
	}

	@Test
	void eachWarningIsLoggedOnceHoweverOftenTheContentReloads(CapturedOutput output) throws IOException {
		write("one.md", "[Old](http://example.org/)");
		CurrentSite content = siteContent();
		content.reload();
		content.reload();
		String warning = "Content warning: one.md, line 5: link http://example.org/ uses http://";
		assertThat(output.getOut().split(java.util.regex.Pattern.quote(warning), -1)).hasSize(2);
	}

	@Test
	void invalidContentAtStartupIsStillAStartupError() throws IOException {
		Files.writeString(this.folder.resolve("bad.md"), "---\ntitle: Bad\n---\n");
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::siteContent)
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo("bad.md"));
	}

	@Test
	void aLoadMadeBeforeTheReservedPathsWereKnownIsMadeAgainWithoutThePagesOnThem() throws IOException {
		write("one.md", "One");
		Files.writeString(this.folder.resolve("sheet.md"), "---\ntitle: Sheet\npermalink: /assets/sheet/\n---\nX\n");
		CurrentSite content = siteContent();
		assertThat(content.site().pages()).extracting(Page::permalink).contains("/assets/sheet/");
		this.beans.addBean("reservedPaths", new ReservedPaths(Set.of("/assets"), "/search"));
		content.afterSingletonsInstantiated();
		assertThat(content.site().pages()).extracting(Page::permalink).containsExactly("/one/");
		assertThat(content.site().errors()).singleElement()
			.satisfies((error) -> assertThat(error.toString()).isEqualTo("sheet.md, line 3: its URL /assets/sheet/ is "
					+ "under /assets, which the application answers itself: the page is left out; give it another "
					+ "permalink"));
	}

	private CurrentSite siteContent() {
		return new CurrentSite(settings(), this.beans.getBeanProvider(EarlyContentLoad.Started.class),
				this.beans.getBeanProvider(CurrentSiteListener.class),
				this.beans.getBeanProvider(ReservedPaths.class));
	}

	/** The folder's content, not watched. */
	private SiteProperties settings() {
		SiteProperties properties = new SiteProperties();
		properties.getContent().setLocation(this.folder.toString());
		properties.getContent().setWatch(false);
		return properties;
	}

	private void write(String name, String body) throws IOException {
		String slug = name.substring(0, name.length() - 3);
		Files.writeString(this.folder.resolve(name),
				"---\ntitle: " + slug + "\npermalink: /" + slug + "/\n---\n" + body + "\n");
	}

}
