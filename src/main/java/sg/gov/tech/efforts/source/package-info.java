/**
 * Reading content files, for every reader: a content root's files, front matter fences, YAML blocks whose problems
 * name their lines, and the report of one load's problems.
 */
package sg.gov.tech.efforts.source;
