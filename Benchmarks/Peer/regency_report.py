#!/usr/bin/env python3
"""The peer Pustaka is timed against: what an analyst would write instead of using the tool.

    regency_report.py DATA_FOLDER OUT_FOLDER [--no-cards]

A pandas + XlsxWriter script doing the regency job of ../shared/performance-notes.md: it reads
the six CSV tables, sums each library's month (the latest month of the attendance table), scores
the 20 default indicators on their thresholds, ranks the libraries within each regency, and
writes per regency a summary workbook (summary with four charts, ranking, indicators,
districts with a chart) and, unless --no-cards, one report card per library (one sheet of
figures and indicators, a data sheet, two 12-month charts). No district workbooks.

It is a peer for timing only: its figures follow the rubric loosely (no carried-forward
snapshots, no 12-month KPI, no previous-period changes) and are never compared with Pustaka's.
"""
import os
import sys

import pandas as pd

# The 20 default indicators: key, area, kind, thresholds for 1..4 points (kpi-rubric.md).
INDICATORS = [
    ("titles", "development", "higher", (250, 500, 750, 1000)),
    ("copies_per_capita", "development", "higher", (0.10, 0.20, 0.35, 0.50)),
    ("acquisitions_per_1000", "development", "higher", (0.5, 1, 2, 4)),
    ("collection_growth_pct", "development", "higher", (2, 5, 8, 10)),
    ("floor_area", "development", "higher", (20, 36, 48, 56)),
    ("open_days", "service", "higher", (8, 12, 16, 20)),
    ("visitors_per_day", "service", "higher", (5, 10, 20, 30)),
    ("visits_per_1000", "service", "higher", (20, 50, 100, 150)),
    ("loans_per_visit", "service", "higher", (0.10, 0.20, 0.35, 0.50)),
    ("turnover", "service", "higher", (0.10, 0.25, 0.50, 1.00)),
    ("budget_absorption", "resources", "target", None),
    ("collection_spend_share", "resources", "higher", (10, 20, 30, 40)),
    ("cost_per_visit", "resources", "lower", (50000, 25000, 15000, 8000)),
    ("trained_staff", "resources", "higher", (1, 1, 2, 2)),
    ("volunteer_hours", "resources", "higher", (5, 15, 30, 50)),
    ("activities", "community", "higher", (1, 2, 3, 4)),
    ("participants_per_1000", "community", "higher", (2, 5, 10, 20)),
    ("members_per_100", "community", "higher", (1, 3, 5, 10)),
    ("partners", "community", "higher", (1, 2, 3, 4)),
    ("skills_participants", "community", "higher", (5, 10, 20, 40)),
]
AREAS = ["development", "service", "resources", "community"]


def points(kind, thresholds, value):
    if value is None or pd.isna(value):
        return 0
    if kind == "target":
        for low, high, score in ((95, 105, 4), (85, 95, 3), (105, 115, 3), (70, 85, 2),
                                 (115, float("inf"), 1), (50, 70, 1)):
            if low <= value < high:
                return score
        return 0
    earned = 0
    for score, threshold in enumerate(thresholds, start=1):
        if (value >= threshold) if kind == "higher" else (value <= threshold):
            earned = score
    return earned


def ratio(numerator, denominator):
    return numerator / denominator.where(denominator != 0)


def load(folder):
    read = lambda name: pd.read_csv(os.path.join(folder, name + ".csv"))
    libraries = read("libraries")
    attendance = read("attendance")
    attendance["month"] = attendance["date"].str[:7]
    return (libraries, attendance, read("budget"), read("collection"), read("activities"),
            read("operations"))


def score(libraries, attendance, budget, collection, activities, operations):
    month = attendance["month"].max()
    lib = libraries.set_index("library_id")
    days = attendance[attendance["month"] == month].groupby("library_id")
    visits = days.agg(visitors=("visitors", "sum"), loans=("loans", "sum"),
                      open_days=("date", "nunique"))
    money = budget[budget["month"] == month].groupby("library_id")
    spent = money["spent_idr"].sum()
    allocated = money["allocated_idr"].sum()
    stock = collection[collection["month"] == month].groupby("library_id")
    events = activities[activities["date"].str[:7] == month].groupby("library_id")
    skills = activities[(activities["date"].str[:7] == month)
                        & activities["type"].isin(["literacy_training", "skills_training"])]
    ops = operations[operations["month"] == month].set_index("library_id")
    frame = lib.join(visits, how="inner")
    population = frame["population"]
    values = pd.DataFrame(index=frame.index)
    values["titles"] = stock["titles"].sum()
    values["copies_per_capita"] = ratio(stock["copies"].sum(), population)
    values["acquisitions_per_1000"] = ratio(stock["acquired_copies"].sum() * 1000, population)
    values["collection_growth_pct"] = ratio(
        (stock["acquired_copies"].sum() - stock["weeded_copies"].sum()) * 1200,
        stock["copies"].sum())
    values["floor_area"] = frame["floor_area_m2"]
    values["open_days"] = frame["open_days"]
    values["visitors_per_day"] = ratio(frame["visitors"], frame["open_days"])
    values["visits_per_1000"] = ratio(frame["visitors"] * 1000, population)
    values["loans_per_visit"] = ratio(frame["loans"], frame["visitors"])
    values["turnover"] = ratio(frame["loans"] * 12, stock["copies"].sum())
    values["budget_absorption"] = ratio(spent * 100, allocated)
    values["collection_spend_share"] = ratio(
        budget[(budget["month"] == month) & (budget["category"] == "collection")]
        .groupby("library_id")["spent_idr"].sum() * 100, spent)
    values["cost_per_visit"] = ratio(spent, frame["visitors"])
    values["trained_staff"] = ops["trained_staff"]
    values["volunteer_hours"] = ops["volunteer_hours"]
    values["activities"] = events.size()
    values["participants_per_1000"] = ratio(events["participants"].sum() * 1000, population)
    values["members_per_100"] = ratio(ops["registered_members"] * 100, population)
    values["partners"] = events["partner"].nunique()
    values["skills_participants"] = skills.groupby("library_id")["participants"].sum()
    values = values.reindex(frame.index)
    for key in ("activities", "skills_participants"):
        values[key] = values[key].fillna(0)
    scored = frame[["name", "village", "district", "regency", "visitors", "loans"]].copy()
    for key, area, kind, thresholds in INDICATORS:
        scored[key] = values[key]
        scored[key + "_points"] = values[key].map(lambda v: points(kind, thresholds, v))
    for area in AREAS:
        keys = [key + "_points" for key, member, _, _ in INDICATORS if member == area]
        scored[area] = scored[keys].sum(axis=1) * 100 / (4 * len(keys))
    scored["kpi"] = scored[[k + "_points" for k, _, _, _ in INDICATORS]].sum(axis=1) * 100 / 80
    scored["grade"] = pd.cut(scored["kpi"], [-1, 40, 60, 80, 101], right=False,
                             labels=["D", "C", "B", "A"]).astype(str)
    scored = scored.sort_values(["regency", "kpi", "service", "community", "name"],
                                ascending=[True, False, False, False, True])
    scored["rank"] = scored.groupby("regency")["kpi"].rank(method="min", ascending=False)
    return month, scored, attendance, budget


def regency_workbook(path, regency, month, scored, attendance, budget):
    with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
        book = writer.book
        bold = book.add_format({"bold": True})
        score_format = book.add_format({"num_format": "0.00"})
        summary = book.add_worksheet("Ringkasan")
        summary.write(0, 0, f"Rekap KPI Perpustakaan Desa: Kabupaten {regency}, {month}", bold)
        districts = scored.groupby("district").agg(
            libraries=("kpi", "size"), mean_kpi=("kpi", "mean"), visitors=("visitors", "sum"),
            loans=("loans", "sum")).reset_index()
        districts.to_excel(writer, sheet_name="Kecamatan", index=False)
        ranking = scored.reset_index()[["rank", "library_id", "name", "village", "district",
                                        "kpi", "grade"] + AREAS]
        ranking.to_excel(writer, sheet_name="Peringkat", index=False)
        indicators = scored.reset_index()[["library_id", "name"] + [
            column for key, _, _, _ in INDICATORS for column in (key, key + "_points")]]
        indicators.to_excel(writer, sheet_name="Indikator", index=False)
        ids = scored.index
        monthly = attendance[attendance["library_id"].isin(ids)].groupby("month").agg(
            visitors=("visitors", "sum"), loans=("loans", "sum")).tail(12).reset_index()
        monthly.to_excel(writer, sheet_name="Tren", index=False)
        spending = budget[budget["library_id"].isin(ids) & (budget["month"] == month)].groupby(
            "category")["spent_idr"].sum().reset_index()
        spending.to_excel(writer, sheet_name="Anggaran", index=False)
        grades = scored["grade"].value_counts().reindex(["A", "B", "C", "D"]).fillna(0)
        summary.write_row(2, 0, ["Predikat", "Perpustakaan"], bold)
        for row, (grade, count) in enumerate(grades.items(), start=3):
            summary.write(row, 0, grade)
            summary.write(row, 1, int(count))
        summary.write(8, 0, "Rata-rata KPI", bold)
        summary.write(8, 1, scored["kpi"].mean(), score_format)
        count = len(districts)
        charts = [
            ("bar", "KPI per kecamatan", "Kecamatan", 0, 2, count),
            ("line", "Kunjungan dan peminjaman", "Tren", 0, 1, len(monthly)),
            ("pie", "Belanja per kategori", "Anggaran", 0, 1, len(spending)),
        ]
        for position, (kind, title, sheet, categories, values, rows) in enumerate(charts):
            chart = book.add_chart({"type": kind})
            chart.add_series({"name": title, "categories": [sheet, 1, categories, rows, categories],
                              "values": [sheet, 1, values, rows, values],
                              "data_labels": {"value": True}})
            if kind == "line":
                chart.add_series({"name": "Peminjaman", "categories": [sheet, 1, 0, rows, 0],
                                  "values": [sheet, 1, 2, rows, 2]})
            chart.set_title({"name": title})
            summary.insert_chart(10, position * 8, chart)
        chart = book.add_chart({"type": "column"})
        chart.add_series({"name": "Predikat", "categories": ["Ringkasan", 3, 0, 6, 0],
                          "values": ["Ringkasan", 3, 1, 6, 1]})
        chart.set_title({"name": "Perpustakaan per predikat"})
        summary.insert_chart(10, 24, chart)
        table = writer.sheets["Peringkat"]
        table.autofilter(0, 0, len(ranking), len(ranking.columns) - 1)
        table.freeze_panes(1, 0)
        table.conditional_format(1, 5, len(ranking), 5, {"type": "3_color_scale"})
        district_chart = book.add_chart({"type": "column"})
        district_chart.add_series({"name": "Rata-rata KPI", "categories": ["Kecamatan", 1, 0, count, 0],
                                   "values": ["Kecamatan", 1, 2, count, 2]})
        writer.sheets["Kecamatan"].insert_chart(1, 7, district_chart)


def library_card(path, library_id, row, series):
    with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
        book = writer.book
        card = book.add_worksheet("Rapor")
        bold = book.add_format({"bold": True})
        card.write(0, 0, f"Rapor {row['name']} ({library_id})", bold)
        card.write_row(2, 0, ["KPI", "Predikat", "Peringkat"], bold)
        card.write_row(3, 0, [row["kpi"], row["grade"], row["rank"]])
        for offset, area in enumerate(AREAS):
            card.write(5 + offset, 0, area)
            card.write(5 + offset, 1, row[area])
        card.write_row(10, 0, ["Indikator", "Nilai", "Poin"], bold)
        for offset, (key, _, _, _) in enumerate(INDICATORS):
            value = row[key]
            card.write(11 + offset, 0, key)
            card.write(11 + offset, 1, None if pd.isna(value) else value)
            card.write(11 + offset, 2, row[key + "_points"])
        series.to_excel(writer, sheet_name="Data Grafik", index=False)
        rows = len(series)
        for position, (column, title) in enumerate(((1, "Kunjungan"), (2, "Peminjaman"))):
            chart = book.add_chart({"type": "column"})
            chart.add_series({"name": title, "categories": ["Data Grafik", 1, 0, rows, 0],
                              "values": ["Data Grafik", 1, column, rows, column]})
            chart.set_title({"name": title + " 12 bulan"})
            card.insert_chart(2, 5 + position * 8, chart)
        card.set_landscape()
        card.fit_to_pages(1, 1)


def main(arguments):
    if len(arguments) not in (2, 3) or (len(arguments) == 3 and arguments[2] != "--no-cards"):
        sys.exit("usage: regency_report.py DATA_FOLDER OUT_FOLDER [--no-cards]")
    data, out = arguments[0], arguments[1]
    cards = len(arguments) == 2
    tables = load(data)
    month, scored, attendance, budget = score(*tables)
    monthly = attendance.groupby(["library_id", "month"]).agg(
        visitors=("visitors", "sum"), loans=("loans", "sum"))
    for regency, libraries in scored.groupby("regency", sort=False):
        folder = os.path.join(out, regency.lower().replace(" ", "-"), month)
        os.makedirs(os.path.join(folder, "Perpustakaan"), exist_ok=True)
        regency_workbook(os.path.join(folder, f"Rekap-{regency}-{month}.xlsx"), regency, month,
                         libraries, attendance, budget)
        if cards:
            for library_id, row in libraries.iterrows():
                series = monthly.loc[library_id].tail(12).reset_index()
                library_card(os.path.join(folder, "Perpustakaan", f"{library_id}-{month}.xlsx"),
                             library_id, row, series)


if __name__ == "__main__":
    main(sys.argv[1:])
