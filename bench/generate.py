#!/usr/bin/env python3
"""Deterministic generator of realistic netgap inputs for benchmarks.

    bench/generate.py roster N [SEED]    a roster (format v1) of N contacts
    bench/generate.py linkedin N [SEED]  a LinkedIn Connections.csv of N rows

The same N and SEED always give the same bytes.
"""
import json
import random
import sys

FIRST = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances",
         "Wei", "Priya", "Kenji", "Fatima", "Carlos", "Olga", "Chloé", "Sven", "Amara", "Diego"]
LAST = ["Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson",
        "Allen", "Zhang", "Raman", "Watanabe", "Zahra", "Mendes", "Petrova", "Dubois", "Berg", "Okafor", "Ruiz"]
ORGS = ["Acme Health", "Globex", "Initech", "Umbrella Corp", "Stark Industries", "Wayne Enterprises",
        "Hooli", "Pied Piper", "Mercy Hospital", "University of Michigan", "Hays Recruitment", "Cyberdyne"]
ROLES = ["Data Scientist", "Senior Data Scientist", "ML Engineer", "Data Analyst", "Product Manager",
         "Marketing Director", "Sales Lead", "Technical Recruiter", "Professor of Statistics", "Postdoc",
         "Software Engineer", "Operations Manager", "Nurse", "Chief Medical Officer", "Talent Acquisition Partner"]
DEPARTMENTS = ["Data Science", "Marketing", "Sales", "Product", "Operations", "Engineering", "Research", ""]
HOW_MET = ["NeurIPS 2024", "Kaggle", "PyData meetup", "mentorship program", "alumni mixer", "career fair",
           "conference", "work", "", ""]
SCHOOLS = ["University of Michigan", "MIT", "Stanford University", "ETH Zürich", "Tsinghua University"]
INDUSTRIES = ["healthcare", "finance", "software", "retail"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def roster(n, rng, out):
    owner = {"name": "Priya Raman", "organization": "Acme Health", "department": "Data Science",
             "role": "Data Scientist", "industry": "healthcare", "schools": ["University of Michigan"]}
    out.write('{\n  "schema_version": 1,\n  "owner": ' + json.dumps(owner, ensure_ascii=False) + ',\n  "contacts": [\n')
    for i in range(n):
        c = {"name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
             "organization": rng.choice(ORGS), "department": rng.choice(DEPARTMENTS), "role": rng.choice(ROLES),
             "industry": rng.choice(INDUSTRIES), "schools": [rng.choice(SCHOOLS)], "how_met": rng.choice(HOW_MET),
             "strength": rng.randint(1, 5),
             "last_contact": f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             "email": f"person{i}@example.org"}
        if rng.random() < 0.1:
            c["tags"] = [rng.choice(["mentor", "peer", "kaggle", "friend"])]
        out.write("    " + json.dumps(c, ensure_ascii=False) + (",\n" if i + 1 < n else "\n"))
    out.write("  ]\n}\n")


def linkedin(n, rng, out):
    out.write('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are '
              'missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n')
    for i in range(n):
        company = rng.choice(ORGS)
        role = rng.choice(ROLES)
        if "," in role:
            role = '"' + role + '"'
        date = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2010, 2026)}"
        out.write(f"{rng.choice(FIRST)},{rng.choice(LAST)} {i},https://www.linkedin.com/in/p{i},,{company},{role},{date}\n")


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("roster", "linkedin"):
        sys.exit(__doc__)
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    (roster if sys.argv[1] == "roster" else linkedin)(int(sys.argv[2]), rng, sys.stdout)


if __name__ == "__main__":
    main()
