package sg.gov.tech.efforts.model;

import java.util.List;

/**
 * One section of an Isomer homepage ({@code sections:} in its front matter). Texts are plain unless named
 * {@code …Html}, which have passed the same sanitiser as page bodies; addresses have passed the URL policy
 * ({@link Url}).
 */
public sealed interface HomeSection permits HomeSection.Hero, HomeSection.Infobar, HomeSection.Infopic,
		HomeSection.Infocols, HomeSection.Resources, HomeSection.Announcements, HomeSection.Textcards {

	/** @return the section's kind as editors write it ({@code hero}, {@code infobar}, ...), naming its fragment */
	String kind();

	/**
	 * A call to action: a button's text and where it leads.
	 *
	 * @param text the button's text; empty for no button
	 * @param url where it leads
	 */
	record Action(String text, Url url) {

		public static final Action NONE = new Action("", Url.NONE);

		public boolean present() {
			return !this.text.isBlank() && !this.url.isEmpty();
		}

	}

	/**
	 * The banner at the top: a picture with the site's main message.
	 *
	 * @param title the big heading
	 * @param subtitle the line under it
	 * @param background the picture behind it
	 * @param action its button
	 * @param dropdownTitle the title of its "I want to..." menu; empty for no menu
	 * @param dropdown the menu's links
	 * @param highlights the strip of key highlights under the banner (at most four)
	 */
	record Hero(String title, String subtitle, Url background, Action action, String dropdownTitle,
			List<Link> dropdown, List<Highlight> highlights) implements HomeSection {

		public Hero {
			dropdown = List.copyOf(dropdown);
			highlights = List.copyOf(highlights);
		}

		@Override
		public String kind() {
			return "hero";
		}

	}

	/**
	 * One key highlight under the banner.
	 *
	 * @param title its heading
	 * @param description its text
	 * @param url where it leads; empty for none
	 */
	record Highlight(String title, String description, Url url) {
	}

	/**
	 * A band with a heading, a text and a button.
	 *
	 * @param subtitle the small line above the heading
	 * @param title the heading
	 * @param descriptionHtml the text
	 * @param action its button
	 */
	record Infobar(String subtitle, String title, String descriptionHtml, Action action) implements HomeSection {

		@Override
		public String kind() {
			return "infobar";
		}

	}

	/**
	 * A text beside a picture.
	 *
	 * @param subtitle the small line above the heading
	 * @param title the heading
	 * @param descriptionHtml the text
	 * @param action its button
	 * @param image the picture
	 * @param alt what the picture shows
	 * @param imageFirst whether the picture comes before the text (alternate sections swap sides)
	 */
	record Infopic(String subtitle, String title, String descriptionHtml, Action action, Url image, String alt,
			boolean imageFirst) implements HomeSection {

		@Override
		public String kind() {
			return "infopic";
		}

	}

	/**
	 * Up to four boxes of text side by side.
	 *
	 * @param subtitle the small line above the heading
	 * @param title the heading
	 * @param boxes the boxes
	 * @param action the link under them
	 */
	record Infocols(String subtitle, String title, List<Box> boxes, Action action) implements HomeSection {

		public Infocols {
			boxes = List.copyOf(boxes);
		}

		@Override
		public String kind() {
			return "infocols";
		}

	}

	/**
	 * A box of text, or a card when it has a URL.
	 *
	 * @param title its heading
	 * @param descriptionHtml its text
	 * @param action where it leads; {@link Action#NONE} for a plain box
	 */
	record Box(String title, String descriptionHtml, Action action) {
	}

	/**
	 * The latest posts of the resource room.
	 *
	 * @param subtitle the small line above the heading
	 * @param title the heading
	 * @param posts the newest posts (at most three)
	 * @param action the link to the whole resource room
	 */
	record Resources(String subtitle, String title, List<Post> posts, Action action) implements HomeSection {

		public Resources {
			posts = List.copyOf(posts);
		}

		@Override
		public String kind() {
			return "resources";
		}

	}

	/**
	 * Dated announcements.
	 *
	 * @param subtitle the small line above the heading
	 * @param title the heading
	 * @param items the announcements
	 */
	record Announcements(String subtitle, String title, List<Announcement> items) implements HomeSection {

		public Announcements {
			items = List.copyOf(items);
		}

		@Override
		public String kind() {
			return "announcements";
		}

	}

	/**
	 * One announcement.
	 *
	 * @param title its heading
	 * @param date its date, as written
	 * @param textHtml its text
	 * @param action its link
	 */
	record Announcement(String title, String date, String textHtml, Action action) {
	}

	/**
	 * Up to four cards, each one link.
	 *
	 * @param subtitle the small line above the heading
	 * @param title the heading
	 * @param descriptionHtml the text above the cards
	 * @param cards the cards
	 */
	record Textcards(String subtitle, String title, String descriptionHtml, List<Box> cards) implements HomeSection {

		public Textcards {
			cards = List.copyOf(cards);
		}

		@Override
		public String kind() {
			return "textcards";
		}

	}

}
