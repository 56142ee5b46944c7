/*
 * The libxlsxwriter floor: the report-card-like workbook of
 * Benchmarks/PustakaBenchmarks/ReportCardWorkbook.swift (2 sheets, 100 cells, a bar chart and
 * a line chart) written straight from C, N times in a loop, so the Swift writer's overhead can
 * be read off on the same machine and at the same load.
 *
 * usage: report-card-floor OUTPUT_FOLDER COUNT [TMPDIR]
 * prints: the seconds per workbook (wall clock), user and system CPU seconds per workbook.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <xlsxwriter.h>

static const char *indicators[] = {
    "Realisasi anggaran", "Belanja koleksi", "Koleksi per penduduk", "Judul baru",
    "Kunjungan per hari", "Peminjaman per hari", "Hari buka", "Anggota aktif", "Kegiatan",
    "Peserta kegiatan", "Tenaga pengelola", "Akreditasi"};

static int write_card(const char *path, char *tmpdir) {
    lxw_workbook_options options = {.constant_memory = 0, .tmpdir = tmpdir, .use_zip64 = 0};
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    if (workbook == NULL) return 1;
    lxw_format *title = workbook_add_format(workbook);
    format_set_font_size(title, 14);
    format_set_bold(title);
    lxw_format *label = workbook_add_format(workbook);
    format_set_bold(label);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_font_color(header, 0xFFFFFF);
    format_set_bg_color(header, 0x1F4E79);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_CENTER);
    lxw_format *score = workbook_add_format(workbook);
    format_set_num_format(score, "0.00");
    lxw_format *share = workbook_add_format(workbook);
    format_set_num_format(share, "0.0%");
    lxw_format *count = workbook_add_format(workbook);
    format_set_num_format(count, "#,##0");

    lxw_worksheet *card = workbook_add_worksheet(workbook, "Rapor");
    worksheet_merge_range(card, 0, 0, 0, 4, "Rapor Perpustakaan Desa Karangasri", title);
    worksheet_write_string(card, 2, 0, "Kecamatan", label);
    worksheet_write_string(card, 2, 1, "Ngawi", NULL);
    worksheet_write_string(card, 3, 0, "Periode", label);
    worksheet_write_string(card, 3, 1, "2026-10", NULL);
    worksheet_write_string(card, 4, 0, "KPI", label);
    worksheet_write_number(card, 4, 1, 81.25, score);
    worksheet_write_string(card, 5, 0, "Predikat", label);
    worksheet_write_string(card, 5, 1, "A", NULL);
    const char *heads[] = {"Indikator", "Nilai", "Bobot", "Poin"};
    for (int column = 0; column < 4; column++)
        worksheet_write_string(card, 7, column, heads[column], header);
    for (int offset = 0; offset < 12; offset++) {
        double value = (double)((offset * 37) % 100) / 100;
        worksheet_write_string(card, 8 + offset, 0, indicators[offset], NULL);
        worksheet_write_number(card, 8 + offset, 1, value, share);
        worksheet_write_number(card, 8 + offset, 2, 1 + offset % 3, NULL);
        worksheet_write_number(card, 8 + offset, 3, value * 4, score);
    }
    worksheet_set_column(card, 0, 0, 22, NULL);
    lxw_chart *bars = workbook_add_chart(workbook, LXW_CHART_BAR);
    lxw_chart_series *points = chart_add_series(bars, "=Rapor!$A$9:$A$20", "=Rapor!$D$9:$D$20");
    chart_series_set_name(points, "Poin");
    chart_title_set_name(bars, "Poin per indikator");
    worksheet_insert_chart(card, 2, 6, bars);

    lxw_worksheet *trend = workbook_add_worksheet(workbook, "Tren");
    const char *trend_heads[] = {"Bulan", "Kunjungan", "Peminjaman"};
    for (int column = 0; column < 3; column++)
        worksheet_write_string(trend, 0, column, trend_heads[column], header);
    for (int month = 0; month < 12; month++) {
        char text[8];
        int ordinal = 2024 * 12 + 10 + month;
        snprintf(text, sizeof text, "%d-%02d", ordinal / 12, ordinal % 12 + 1);
        worksheet_write_string(trend, 1 + month, 0, text, NULL);
        worksheet_write_number(trend, 1 + month, 1, 300 + (month * 53) % 170, count);
        worksheet_write_number(trend, 1 + month, 2, 120 + (month * 29) % 90, count);
    }
    worksheet_freeze_panes(trend, 1, 0);
    lxw_chart *lines = workbook_add_chart(workbook, LXW_CHART_LINE);
    lxw_chart_series *visits = chart_add_series(lines, "=Tren!$A$2:$A$13", "=Tren!$B$2:$B$13");
    chart_series_set_name(visits, "Kunjungan");
    lxw_chart_series *loans = chart_add_series(lines, "=Tren!$A$2:$A$13", "=Tren!$C$2:$C$13");
    chart_series_set_name(loans, "Peminjaman");
    chart_title_set_name(lines, "Kunjungan dan peminjaman");
    worksheet_insert_chart(trend, 1, 4, lines);

    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}

static double seconds(struct timeval value) { return value.tv_sec + value.tv_usec / 1e6; }

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s OUTPUT_FOLDER COUNT [TMPDIR]\n", argv[0]);
        return 64;
    }
    int total = atoi(argv[2]);
    char *tmpdir = argc > 3 ? argv[3] : NULL;
    char path[4096];
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int index = 0; index < total; index++) {
        snprintf(path, sizeof path, "%s/card-%d.xlsx", argv[1], index);
        if (write_card(path, tmpdir) != 0) {
            fprintf(stderr, "cannot write %s\n", path);
            return 73;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    double wall = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%.6f %.6f %.6f\n", wall / total, seconds(usage.ru_utime) / total,
           seconds(usage.ru_stime) / total);
    return 0;
}
