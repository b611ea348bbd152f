package dev.driverkit.examples.sqldb;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a {@link SqlSource} reads, from its {@code db_path}: a JDBC URL as it is, or an
 * SQLAlchemy URL as MLRun writes it ({@code dialect[+driver]://user:password@host:port/database?k=v}),
 * translated to the JDBC URL of the same database with the user, password and query parameters as
 * connection properties.
 *
 * <p>Nothing here prints the password: {@link #display()} masks it, and {@link #sanitize(String)}
 * removes it from any text (a driver's error message) before it goes into an exception.
 */
final class SqlUrl {
    /** {@code dialect[+driver]://[user[:password]@][host][:port][/database][?query]} (RFC 1738, as SQLAlchemy reads it). */
    private static final Pattern SQLALCHEMY = Pattern.compile(
            "^(?<dialect>[A-Za-z][A-Za-z0-9_]*)(?:\\+[A-Za-z0-9_]+)?://"
                    + "(?:(?<user>[^:/@]*)(?::(?<password>[^@]*))?@)?"
                    + "(?<host>\\[[^\\]]+\\]|[^/:?]*)?(?::(?<port>[0-9]*))?"
                    + "(?:/(?<database>[^?]*))?(?:\\?(?<query>.*))?$");
    private static final Pattern JDBC_PASSWORD = Pattern.compile("(?i)([?&;:]\\s*(?:password|pwd)\\s*=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^:/@?]*:)[^@/?]*@");
    private static final Pattern JDBC_PASSWORD_VALUE = Pattern.compile("(?i)[?&;:]\\s*(?:password|pwd)\\s*=([^&;]*)");
    private static final Pattern USER_INFO_PASSWORD_VALUE = Pattern.compile("://[^:/@?]*:([^@/?]*)@");

    private final String dbPath;
    private final String jdbcUrl;
    private final Properties properties;
    private final String password;

    private SqlUrl(String dbPath, String jdbcUrl, Properties properties, String password) {
        this.dbPath = dbPath;
        this.jdbcUrl = jdbcUrl;
        this.properties = properties;
        this.password = password;
    }

    /** Reads {@code dbPath}; {@code who} names the source in error messages. */
    static SqlUrl parse(String dbPath, String who) {
        if (dbPath == null || dbPath.isBlank()) {
            throw new IllegalStateException(who + " has no database URL: set \"db_path\" in the spec's attributes"
                    + " (MLRun's db_url), or the MLRUN_SQL__URL environment variable.");
        }
        String url = dbPath.strip();
        if (url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            Matcher password = JDBC_PASSWORD_VALUE.matcher(url);
            Matcher userInfo = USER_INFO_PASSWORD_VALUE.matcher(url);
            String secret = password.find() ? password.group(1) : userInfo.find() ? userInfo.group(1) : null;
            return new SqlUrl(url, url, new Properties(), secret);
        }
        Matcher m = SQLALCHEMY.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException(who + ": db_path " + mask(url) + " is neither a JDBC URL (jdbc:...)"
                    + " nor an SQLAlchemy URL (dialect://user:password@host:port/database).");
        }
        String dialect = m.group("dialect").toLowerCase(Locale.ROOT);
        String host = m.group("host") == null ? "" : m.group("host");
        String port = m.group("port") == null || m.group("port").isEmpty() ? "" : ":" + m.group("port");
        String database = m.group("database") == null ? "" : decode(m.group("database"));
        Properties properties = new Properties();
        if (m.group("user") != null && !m.group("user").isEmpty()) {
            properties.setProperty("user", decode(m.group("user")));
        }
        String password = m.group("password") == null ? null : decode(m.group("password"));
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (m.group("query") != null) {
            for (String pair : m.group("query").split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    properties.setProperty(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        String jdbc = switch (dialect) {
            case "postgresql", "postgres" -> "jdbc:postgresql://" + host + port + "/" + database;
            case "mysql" -> "jdbc:mysql://" + host + port + "/" + database;
            case "mariadb" -> "jdbc:mariadb://" + host + port + "/" + database;
            case "mssql" -> "jdbc:sqlserver://" + host + port + (database.isEmpty() ? "" : ";databaseName=" + database);
            // sqlite:///relative.db, sqlite:////absolute.db, sqlite:// (in memory)
            case "sqlite" -> "jdbc:sqlite:" + (database.isEmpty() || database.equals(":memory:") ? ":memory:" : database);
            default -> throw new IllegalArgumentException(who + ": db_path " + mask(url) + " is an SQLAlchemy URL of"
                    + " dialect '" + dialect + "', which driverkit does not translate (it does postgresql, mysql, mariadb,"
                    + " mssql and sqlite): write the database's JDBC URL (jdbc:...) instead.");
        };
        return new SqlUrl(url, jdbc, properties, password);
    }

    /** The JDBC URL connections are opened with (it may carry a password: never print it). */
    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Connection properties taken from an SQLAlchemy URL: user, password, query parameters. */
    Map<String, String> properties() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return map;
    }

    /** The URL as the spec gives it, with the password masked, and the JDBC URL when it differs. */
    String display() {
        String shown = mask(dbPath);
        return jdbcUrl.equals(dbPath) ? shown : shown + " (JDBC " + mask(jdbcUrl) + ")";
    }

    /** {@code text} without the password, for messages built from what a driver said. */
    String sanitize(String text) {
        if (text == null) {
            return null;
        }
        String clean = mask(text);
        return password == null || password.length() < 2 ? clean : clean.replace(password, "***");
    }

    /** A new connection; a failure says which URL (masked) could not be reached and why. */
    Connection connect(String who) {
        try {
            return DriverManager.getConnection(jdbcUrl, properties);
        } catch (SQLException e) {
            String driverText = sanitize(e.getMessage());
            if (driverText != null && driverText.startsWith("No suitable driver")) {
                throw new SqlSourceException(who + ": no JDBC driver on the class path accepts " + display()
                        + ". Add the database's JDBC driver to the class path at run time (PostgreSQL:"
                        + " org.postgresql:postgresql, MySQL: com.mysql:mysql-connector-j, H2: com.h2database:h2,"
                        + " SQLite: org.xerial:sqlite-jdbc).", e.getSQLState(), null);
            }
            throw new SqlSourceException(who + ": cannot connect to " + display() + ": " + driverText,
                    e.getSQLState(), safeCause(e));
        }
    }

    /** The driver's exception if it does not carry the password, else none (its message is in ours). */
    Throwable safeCause(Throwable error) {
        if (password == null || password.length() < 2) {
            return error;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(password)) {
                return null;
            }
        }
        return error;
    }

    /** Masks a password in a JDBC URL's parameters or in a URL's user info. */
    static String mask(String text) {
        String masked = JDBC_PASSWORD.matcher(text).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1***@");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return display();
    }
}
