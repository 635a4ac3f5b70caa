#!/usr/bin/python3
"""Guarded floors: builds the dev corpus and the seeds with the real coopgraph binary, exports
N-Triples, scores them with ../shared/dev-corpus/score and fails when a figure falls below its
floor in tests/data/corpus_floors.tsv.

usage: corpus_floors.py COOPGRAPH_BINARY SOURCE_DIR WORK_DIR

The scorer and the dev corpus live beside the repository (../shared/dev-corpus, as CI lays it
out); COOPGRAPH_DEV_CORPUS names another folder. Without it the test exits 77, which CTest
reports as skipped (SKIP_RETURN_CODE): it never passes without having scored anything.
"""
import glob, os, re, shutil, subprocess, sys

SKIP = 77
# Entity types of the answer keys (tests/data/golden) as the scorer names them; trades and
# events are not scored as entities there.
KEY_TYPES = {"region": "Region", "province": "Province", "city": "City", "county": "County",
             "special-district": "SpecialDistrict", "district": "District", "village": "Village",
             "production-cooperative": "ProductionCooperative",
             "supply-marketing-cooperative": "SupplyAndMarketingCooperative",
             "production-group": "ProductionGroup", "federation": "CooperativeFederation",
             "organisation": "Organisation", "person": "Person"}


def read_floors(path):
    floors = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            corpus, figure, floor, _measured = line.rstrip("\n").split("\t")
            floors.setdefault(corpus, {})[figure] = float(floor)
    return floors


def seed_gold(keys_dir, out_dir):
    """The answer keys of the seeds in the scorer's format (entities.tsv, facts.tsv)."""
    os.makedirs(out_dir, exist_ok=True)
    with open(f"{out_dir}/entities.tsv", "w", encoding="utf-8") as ents, \
         open(f"{out_dir}/facts.tsv", "w", encoding="utf-8") as facts:
        ents.write("# article\ttype\tlabel_en\tlabel_zh\tlocated_in\n")
        facts.write("# article\tsubject\tmeasure\tvalue\tunit\tapprox\tperiod\tnote\n")
        for key in sorted(glob.glob(f"{keys_dir}/*.expected.tsv")):
            article = os.path.basename(key)[:3]
            with open(key, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#") or not line.strip():
                        continue
                    r = line.rstrip("\n").split("\t")
                    if r[0] == "entity" and r[1] in KEY_TYPES:
                        ents.write("\t".join([article, KEY_TYPES[r[1]], r[2], r[3], r[4]]) + "\n")
                    elif r[0] == "observation":
                        unit = "CNY-old" if r[4] == "yuan" else r[4]
                        facts.write("\t".join([article, r[1], r[2], r[3], unit, "no", "", ""]) + "\n")


def score(binary, articles, gold, scorer, ontology, work, name):
    store, nt = f"{work}/{name}.db", f"{work}/{name}.nt"
    shutil.rmtree(store, ignore_errors=True)
    for args in (["build", articles, "--store", store],
                 ["export", "--store", store, "--format", "ntriples", "-o", nt]):
        run = subprocess.run([binary, *args], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{name}: coopgraph {args[0]} failed ({run.returncode}):\n{run.stderr}")
    run = subprocess.run([scorer, nt, "--ontology", ontology, "--gold", gold, "-v"],
                         capture_output=True, text=True)
    summary = [l for l in run.stdout.splitlines() if l.startswith("SUMMARY")]
    if run.returncode != 0 or not summary:
        sys.exit(f"{name}: the scorer failed ({run.returncode}):\n{run.stdout}{run.stderr}")
    return dict((k, float(v)) for k, v in re.findall(r"(\w+)=([0-9.]+)", summary[0])), run.stdout


def main():
    binary, source, work = sys.argv[1:4]
    dev = os.environ.get("COOPGRAPH_DEV_CORPUS") or os.path.join(source, "..", "shared", "dev-corpus")
    scorer = os.path.join(dev, "score")
    if not os.path.isfile(scorer) or not os.path.isdir(os.path.join(dev, "articles")):
        print(f"SKIPPED: no dev corpus with its scorer at {dev} (set COOPGRAPH_DEV_CORPUS)")
        return SKIP
    os.makedirs(work, exist_ok=True)
    ontology = os.path.join(source, "ontology", "coopgraph.ttl")
    floors = read_floors(os.path.join(source, "tests", "data", "corpus_floors.tsv"))
    seed_gold(os.path.join(source, "tests", "data", "golden"), f"{work}/seed-gold")
    corpora = {"dev": (os.path.join(dev, "articles"), dev),
               "seeds": (os.path.join(source, "corpus"), f"{work}/seed-gold")}
    failures = []
    for name, (articles, gold) in corpora.items():
        figures, report = score(binary, articles, gold, scorer, ontology, work, name)
        print(f"{name}: " + " ".join(f"{k}={figures[k]:.2f}" for k in sorted(floors[name])))
        for figure, floor in sorted(floors[name].items()):
            if figure not in figures:
                failures.append(f"{name}: the scorer printed no {figure}")
            elif figures[figure] < floor:
                failures.append(f"{name}: {figure} {figures[figure]:.2f} < floor {floor:.2f}")
        if any(f.startswith(name + ":") for f in failures):
            print(report)
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
