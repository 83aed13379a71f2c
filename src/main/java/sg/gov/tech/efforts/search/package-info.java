/** Site search: an in-memory Lucene index of every page and section, updated per page whenever content loads. */
package sg.gov.tech.efforts.search;
