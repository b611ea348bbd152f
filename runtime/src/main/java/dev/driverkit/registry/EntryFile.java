package dev.driverkit.registry;

import java.net.URL;

/**
 * One registry entry file found on the class path, with its bytes (entries are a few hundred bytes;
 * reading them at once lets a jar be opened and closed in one go).
 *
 * @param direction the direction whose folder holds it
 * @param url where it is, for messages and for its origin
 * @param content its bytes, a properties file
 */
record EntryFile(Direction direction, URL url, byte[] content) {}
