/**
 * Frozen copies of the entities at model version 1, the first release: the schema a version-1 installation
 * has. Never edit them. Tests seed a version-1 database through them.
 *
 * <p>May import: Active Objects only.
 */
package io.csiloop.persistence.upgrade.v001;
