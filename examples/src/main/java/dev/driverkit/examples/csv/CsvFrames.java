package dev.driverkit.examples.csv;

import dev.driverkit.engine.ReadRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.dflib.BooleanSeries;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.dflib.csv.Csv;
import org.dflib.csv.CsvLoader;

/** The PANDAS engine of {@link CsvSource}: DFLib's CSV loader, with the types of {@link CsvSchema}. */
final class CsvFrames {
    private CsvFrames() {}

    static DataFrame read(CsvSource source, ReadRequest request) {
        source.checkRequest(request);
        Path file = source.localFile();
        String timeField = source.timeFieldFor(request);
        CsvSchema schema = CsvSchema.infer(file, source, timeField);
        for (String column : request.columns()) {
            schema.requireColumn(column, "requested column");
        }

        CsvLoader loader = Csv.loader()
                .encoding(StandardCharsets.UTF_8)
                .format(CSVFormat.DEFAULT.builder().setDelimiter(source.getDelimiter()).build())
                .emptyStringIsNull();
        if (!schema.headerRecord()) {
            loader.header(schema.columns().toArray(String[]::new));
        }
        for (int i = 0; i < schema.columns().size(); i++) {
            int column = i;
            loader.col(i, text -> schema.parse(column, text));
        }
        DataFrame frame = loader.load(file);

        LocalDateTime start = request.startTime();
        LocalDateTime end = request.endTime();
        if (start != null || end != null) {
            Series<LocalDateTime> times = frame.getColumn(timeField);
            BooleanSeries inRange = times.locate(time -> time != null
                    && (start == null || time.isAfter(start))
                    && (end == null || !time.isAfter(end)));
            frame = frame.rows(inRange).select();
        }
        List<String> columns = request.columns();
        return columns.isEmpty() ? frame : frame.cols(columns.toArray(String[]::new)).select();
    }
}
