package th.ita.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.export.ReportExport;
import th.ita.search.SearchRequest;

/**
 * {@code GET /api/export?format=csv|ndjson&…filters}: what {@code ita export} writes, streamed. Rows are written
 * into a pipe by a worker while the server sends what is already there, so a large export never sits in memory.
 */
public final class ExportApi {

    private static final Logger LOG = LoggerFactory.getLogger(ExportApi.class);
    private static final int PIPE_BYTES = 64 * 1024;

    private final ReportExport export;
    private final ExecutorService writers;

    public ExportApi(ReportExport export, ExecutorService writers) {
        this.export = export;
        this.writers = writers;
    }

    public Download export(String rawQuery) throws IOException {
        QueryParameters query = QueryParameters.parse(rawQuery);
        String format = query.first("format").orElse("csv");
        if (!format.equals("csv") && !format.equals("ndjson")) {
            throw ApiException.badRequest("format must be csv or ndjson");
        }
        SearchRequest request = new SearchRequest(SearchParameters.text(query).text(), SearchParameters.filters(query), 0,
                false);
        PipedInputStream body = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream sink = new PipedOutputStream(body);
        writers.submit(() -> write(format, request, sink));
        String name = "ita-export-" + LocalDate.now() + "." + format;
        return Download.of(format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
                name, body);
    }

    private void write(String format, SearchRequest request, PipedOutputStream sink) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
            ReportExport.Summary summary = format.equals("csv") ? export.csv(request, out) : export.ndjson(request, out);
            LOG.info("Exported [{}] {} over HTTP; [{}] reports missing from the store",
                    summary.written(), format.equals("csv") ? "rows" : "reports", summary.missing().size());
        } catch (IOException e) {
            // the client went away: the pipe is closed and nothing more can be sent
            LOG.info("Export over HTTP stopped: [{}]", e.getMessage());
        }
    }
}
