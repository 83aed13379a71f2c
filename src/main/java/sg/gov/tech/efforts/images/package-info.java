/**
 * The site's own images made light for phones: smaller copies in WebP and the file's own format, made on their first
 * request by a bounded pool and kept in a bounded cache (memory, and a folder that survives restarts), served for a
 * year under addresses that name the file's hash; and the originals served without their EXIF, XMP or IPTC metadata.
 */
package sg.gov.tech.efforts.images;
