package sg.gov.tech.efforts.model;

/**
 * Where a page sits in an Isomer collection: the collection folder ({@code _about-us/}) and, for a page in one of its
 * sub-folders, that sub-folder, whose pages share a side navigation.
 *
 * @param collection the collection's name ({@code about-us}); empty for a page outside every collection
 * @param group the sub-folder within the collection ({@code Our Stories}); empty at the collection's top level
 */
public record Placement(String collection, String group) {

	/** A page outside every collection. */
	public static final Placement NONE = new Placement("", "");

	public boolean inCollection() {
		return !this.collection.isEmpty();
	}

	public boolean inGroup() {
		return !this.group.isEmpty();
	}

}
