package dev.driverkit.testdrivers;

import dev.driverkit.BaseSourceDriver;
import java.util.List;

/**
 * A hand-written offline source, standing in for a processor-compiled driver (this module is built
 * before the processor). Its {@code @Spec}-like fields are package-private so that the hand-written
 * {@link CsvTestSource_SpecCodec} can reach them, as a generated codec would.
 */
public class CsvTestSource extends BaseSourceDriver {
    String table;
    int batchSize = 1000;
    List<String> columns;

    public CsvTestSource() {}

    public String table() {
        return table;
    }

    public int batchSize() {
        return batchSize;
    }

    public List<String> columns() {
        return columns;
    }

    public void table(String value) {
        table = value;
    }

    public void batchSize(int value) {
        batchSize = value;
    }

    public void columns(List<String> value) {
        columns = value;
    }
}
