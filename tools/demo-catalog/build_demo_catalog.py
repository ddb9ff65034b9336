#!/usr/bin/env python3
"""Build the demo catalog shipped in data/demo/ (TMDB 5000 layout plus poster_path, imdb_id).

Facts come from the read-only reference data in <repo>/../shared/data (TMDB 5000 movies and credits,
the MovieLens links for IMDb ids, The Movies Dataset keywords) and, for films absent from TMDB 5000,
from extra_films.json. Descriptive text (overview, tagline) comes only from descriptions.json, written
by the project; the script refuses to run if a selected film has none, if an overview repeats a run of
8 words from the TMDB overview of the same film, or if a tagline repeats a run of 3 words from TMDB's tagline.

Usage: python3 tools/demo-catalog/build_demo_catalog.py [--shared PATH] [--out PATH]
Output is deterministic: rows sorted by id, JSON and CSV formatted exactly like TMDB 5000.
"""
import argparse
import ast
import collections
import csv
import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent

MOVIE_COLUMNS = [
    "budget", "genres", "homepage", "id", "keywords", "original_language", "original_title", "overview",
    "popularity", "production_companies", "production_countries", "release_date", "revenue", "runtime",
    "spoken_languages", "status", "tagline", "title", "vote_average", "vote_count", "poster_path", "imdb_id",
]
CREDIT_COLUMNS = ["movie_id", "title", "cast", "crew"]

MAX_KEYWORDS = 15
MAX_CAST = 5
CREW_JOBS = ("Director", "Screenplay", "Writer")
MAX_WRITERS = 3
# An overview that shares this many consecutive words with TMDB's text counts as copied.
COPY_RUN_WORDS = 8
TAGLINE_COPY_RUN_WORDS = 3
MIN_OVERVIEW_WORDS = 15
MAX_OVERVIEW_WORDS = 60

GENRE_IDS = {
    "Action": 28, "Adventure": 12, "Animation": 16, "Comedy": 35, "Crime": 80, "Documentary": 99,
    "Drama": 18, "Family": 10751, "Fantasy": 14, "Foreign": 10769, "History": 36, "Horror": 27,
    "Music": 10402, "Mystery": 9648, "Romance": 10749, "Science Fiction": 878, "TV Movie": 10770,
    "Thriller": 53, "War": 10752, "Western": 37,
}


def fail(message):
    sys.exit(f"build_demo_catalog: {message}")


def dumps(value):
    # TMDB 5000 serialises with Python's defaults: ", " and ": " separators, ASCII with \u escapes.
    return json.dumps(value, ensure_ascii=True)


def read_selection(path):
    ids = []
    for line in path.read_text(encoding="utf-8").splitlines():
        token = line.split("#", 1)[0].strip()
        if token:
            ids.append(int(token))
    duplicates = [i for i, n in collections.Counter(ids).items() if n > 1]
    if duplicates:
        fail(f"duplicate ids in selection: {duplicates}")
    return ids


def read_csv(path, opener=open):
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def shared_run(a, b, length):
    """Return the first run of `length` consecutive words common to both texts, or None."""
    a_words, b_words = words(a), words(b)
    grams = {tuple(b_words[i:i + length]) for i in range(len(b_words) - length + 1)}
    for i in range(len(a_words) - length + 1):
        gram = tuple(a_words[i:i + length])
        if gram in grams:
            return " ".join(gram)
    return None


class Vocabulary:
    """Name-to-id maps built from the reference data, so hand-entered films reuse real TMDB ids."""

    def __init__(self, movies, credits, keywords_rows):
        self.keywords = {}
        self.companies = {}
        self.countries = {}
        self.languages = {}
        people = collections.defaultdict(collections.Counter)
        self.gender = {}
        for row in movies:
            for k in json.loads(row["keywords"]):
                self.keywords.setdefault(k["name"], k["id"])
            for c in json.loads(row["production_companies"]):
                self.companies.setdefault(c["name"], c["id"])
            for c in json.loads(row["production_countries"]):
                self.countries.setdefault(c["iso_3166_1"], c["name"])
            for lang in json.loads(row["spoken_languages"]):
                self.languages.setdefault(lang["iso_639_1"], lang["name"])
        for row in keywords_rows:
            for k in ast.literal_eval(row["keywords"]):
                self.keywords.setdefault(k["name"], k["id"])
        for row in credits:
            for person in json.loads(row["cast"]) + json.loads(row["crew"]):
                people[person["name"]][person["id"]] += 1
                self.gender[person["id"]] = person["gender"]
        self.people = {name: ids.most_common(1)[0][0] for name, ids in people.items()}

    def person(self, name):
        return self.people.get(name)


def extra_row(film, vocab, film_keywords):
    title = film["title"]
    # The Movies Dataset holds TMDB's own keywords for many films that TMDB 5000 lacks; prefer them.
    keywords = film_keywords.get(film["id"], [])
    if not keywords:
        keywords = [{"id": vocab.keywords[name], "name": name}
                    for name in film.get("keywords", []) if name in vocab.keywords]
    companies = []
    for entry in film.get("companies", []):
        name, company_id = (entry, vocab.companies.get(entry)) if isinstance(entry, str) else entry
        if company_id is not None:
            companies.append({"name": name, "id": company_id})
    countries = [{"iso_3166_1": iso, "name": vocab.countries[iso]} for iso in film["countries"]]
    languages = [{"iso_639_1": iso, "name": vocab.languages[iso]} for iso in film["languages"] if iso in vocab.languages]
    genres = [{"id": GENRE_IDS[g], "name": g} for g in film["genres"]]
    return {
        "budget": str(film.get("budget", 0)),
        "genres": dumps(genres),
        "homepage": "",
        "id": str(film["id"]),
        "keywords": dumps(keywords[:MAX_KEYWORDS]),
        "original_language": film["original_language"],
        "original_title": film.get("original_title", title),
        "popularity": str(film["popularity"]),
        "production_companies": dumps(companies),
        "production_countries": dumps(countries),
        "release_date": film["release_date"],
        "revenue": str(film.get("revenue", 0)),
        "runtime": str(film["runtime"]),
        "spoken_languages": dumps(languages),
        "status": "Released",
        "title": title,
        "vote_average": str(film["vote_average"]),
        "vote_count": str(film["vote_count"]),
    }


def person_entry(entry, vocab, film, skipped):
    """A hand-entered person is "Name" or ["Name", id]; the id comes from the credits when omitted.

    People whose TMDB id cannot be established are left out rather than given an invented id."""
    name, person_id = (entry, None) if isinstance(entry, str) else entry
    if person_id is None:
        person_id = vocab.person(name)
    if person_id is None:
        skipped.append(f"{film}: {name}")
    return name, person_id


def extra_credits(film, vocab, skipped):
    cast = []
    for entry, character in film["cast"]:
        name, person_id = person_entry(entry, vocab, film["title"], skipped)
        if person_id is not None and len(cast) < MAX_CAST:
            order = len(cast)
            # Hand-entered films have no TMDB credit ids; cast_id follows the billing order.
            cast.append({"cast_id": order, "character": character, "credit_id": "",
                         "gender": vocab.gender.get(person_id, 0), "id": person_id, "name": name, "order": order})
    crew = []
    for job, department, key in (("Director", "Directing", "directors"), ("Screenplay", "Writing", "writers")):
        for entry in film.get(key, []):
            name, person_id = person_entry(entry, vocab, film["title"], skipped)
            if person_id is not None:
                crew.append({"credit_id": "", "department": department, "gender": vocab.gender.get(person_id, 0),
                             "id": person_id, "job": job, "name": name})
    return cast, crew


def trim_credits(row):
    cast = sorted(json.loads(row["cast"]), key=lambda c: c["order"])[:MAX_CAST]
    crew = json.loads(row["crew"])
    directors = [c for c in crew if c["job"] == "Director"]
    writers = [c for c in crew if c["job"] in CREW_JOBS[1:]][:MAX_WRITERS]
    return cast, directors + writers


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "data" / "demo")
    args = parser.parse_args()

    selection = read_selection(HERE / "selection.txt")
    descriptions = {int(k): v for k, v in json.loads((HERE / "descriptions.json").read_text("utf-8")).items()}
    extras = {f["id"]: f for f in json.loads((HERE / "extra_films.json").read_text("utf-8"))}

    movies = read_csv(args.shared / "tmdb_5000_movies.csv")
    credits = read_csv(args.shared / "tmdb_5000_credits.csv.gz", gzip.open)
    keyword_rows = read_csv(args.shared / "keywords.csv")
    links = read_csv(args.shared / "ml-latest-small" / "links.csv")
    vocab = Vocabulary(movies, credits, keyword_rows)
    tmdb_movies = {int(r["id"]): r for r in movies}
    tmdb_credits = {int(r["movie_id"]): r for r in credits}
    imdb_ids = {int(r["tmdbId"]): "tt" + r["imdbId"] for r in links if r["tmdbId"]}
    film_keywords = {int(r["id"]): ast.literal_eval(r["keywords"])[:MAX_KEYWORDS]
                     for r in keyword_rows if int(r["id"]) in extras}
    skipped = []

    problems = []
    for movie_id in selection:
        text = descriptions.get(movie_id)
        if not text or not text.get("overview", "").strip():
            problems.append(f"{movie_id}: no own-words overview in descriptions.json")
            continue
        count = len(text["overview"].split())
        if not MIN_OVERVIEW_WORDS <= count <= MAX_OVERVIEW_WORDS:
            problems.append(f"{movie_id}: overview has {count} words")
        source = tmdb_movies.get(movie_id)
        if source:
            run = shared_run(text["overview"], source["overview"], COPY_RUN_WORDS)
            if run:
                problems.append(f"{movie_id}: overview repeats TMDB text: '{run}'")
            run = shared_run(text.get("tagline", ""), source["tagline"], TAGLINE_COPY_RUN_WORDS)
            if run or (text.get("tagline") and words(text["tagline"]) == words(source["tagline"])):
                problems.append(f"{movie_id}: tagline repeats TMDB text")
        elif movie_id not in extras:
            problems.append(f"{movie_id}: not in TMDB 5000 and no entry in extra_films.json")
        if source and movie_id in extras:
            problems.append(f"{movie_id}: in TMDB 5000, so it must not be hand-entered in extra_films.json")
    if problems:
        fail("refusing to build:\n  " + "\n  ".join(problems))

    movie_rows, credit_rows = [], []
    for movie_id in sorted(selection):
        text = descriptions[movie_id]
        if movie_id in tmdb_movies:
            row = dict(tmdb_movies[movie_id])
            row["keywords"] = dumps(json.loads(row["keywords"])[:MAX_KEYWORDS])
            cast, crew = trim_credits(tmdb_credits[movie_id])
        else:
            film = extras[movie_id]
            row = extra_row(film, vocab, film_keywords)
            cast, crew = extra_credits(film, vocab, skipped)
        if not any(c["job"] == "Director" for c in crew):
            fail(f"{movie_id}: no director")
        film = extras.get(movie_id, {})
        row["overview"] = " ".join(text["overview"].split())
        row["tagline"] = " ".join(text.get("tagline", "").split())
        row["poster_path"] = film.get("poster_path", "")
        row["imdb_id"] = film.get("imdb_id") or imdb_ids.get(movie_id, "")
        movie_rows.append(row)
        credit_rows.append({"movie_id": str(movie_id), "title": row["title"], "cast": dumps(cast), "crew": dumps(crew)})

    args.out.mkdir(parents=True, exist_ok=True)
    for name, columns, rows in (("movies.csv", MOVIE_COLUMNS, movie_rows), ("credits.csv", CREDIT_COLUMNS, credit_rows)):
        with open(args.out / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
    if skipped:
        print(f"left out {len(skipped)} hand-entered people without a known TMDB id:", "; ".join(skipped))
    from_tmdb = sum(1 for i in selection if i in tmdb_movies)
    print(f"wrote {len(movie_rows)} films ({from_tmdb} from TMDB 5000, {len(movie_rows) - from_tmdb} hand-entered) "
          f"to {args.out}")


if __name__ == "__main__":
    main()
