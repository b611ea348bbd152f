package dev.driverkit.examples.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader (JDK only, so the STOREY engine needs no CSV library): fields separated by
 * a delimiter, optionally in double quotes with {@code ""} for a quote, records ended by LF or CRLF
 * (also inside quotes). Blank lines are skipped. An empty unquoted field is null.
 */
final class CsvRecords implements Closeable {
    private static final int EOF = -1;

    private final BufferedReader in;
    private final char delimiter;
    private final Path file;
    private long line = 1;
    private long records;

    CsvRecords(Path file, char delimiter) throws IOException {
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        this.delimiter = delimiter;
        this.file = file;
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = in.read();
            if (c == EOF) {
                if (!any && fields.isEmpty()) {
                    return null;
                }
                fields.add(value(field, quoted));
                records++;
                return fields;
            }
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                line++;
                if (!any && fields.isEmpty()) {
                    continue; // a blank line
                }
                fields.add(value(field, quoted));
                records++;
                return fields;
            }
            any = true;
            if (c == delimiter) {
                fields.add(value(field, quoted));
                field.setLength(0);
                quoted = false;
            } else if (c == '"' && field.length() == 0 && !quoted) {
                quoted = true;
                readQuoted(field);
            } else {
                field.append((char) c);
            }
        }
    }

    /** Reads up to the closing quote; a doubled quote is one quote. */
    private void readQuoted(StringBuilder field) throws IOException {
        long startLine = line;
        while (true) {
            int c = in.read();
            if (c == EOF) {
                throw new IOException(file + ": the quoted field that starts on line " + startLine + " never ends.");
            }
            if (c == '"') {
                in.mark(1);
                if (in.read() == '"') {
                    field.append('"');
                    continue;
                }
                in.reset();
                return;
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private static String value(StringBuilder field, boolean quoted) {
        return field.length() == 0 && !quoted ? null : field.toString();
    }

    /** The number of records read so far (header included). */
    long records() {
        return records;
    }

    /** The line the reader is on, for messages. */
    long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
