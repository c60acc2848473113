#!/bin/sh
# Rebuild the two archives from the hand-written files. This is the only script used to produce fixtures.
set -eu
cd "$(dirname "$0")"
D=linkedin/Basic_LinkedInDataExport_11-20-2026
TZ=UTC find linkedin linkedin-old -type f -exec touch -t 202611201515 {} +
rm -f linkedin-export.zip mail.mbox.gz
# LinkedIn puts the files at the zip root (no folder inside the zip).
(cd "$D" && TZ=UTC zip -q -X -9 ../../linkedin-export.zip Connections.csv messages.csv Invitations.csv \
  Endorsement_Received_Info.csv Recommendations_Received.csv Recommendations_Given.csv Profile.csv \
  "Email Addresses.csv" Comments_48213377.csv guide_messages.csv learning_role_play_messages.csv)
gzip -k -n -9 mail.mbox
