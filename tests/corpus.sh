#!/bin/sh
# ncgkg tests: what the known statements say (pinned facts and a golden
# export), and how well the rules do on statements written for testing
# (tests/data/dev, tests/data/heldout: gold annotations, own checker).
. "${srcdir:-.}/tests/lib.sh"
plan 83
known=$srcdir/tests/data/known

for name in ncg-2-2023-12-15 ncg-4-2025-01-10; do
	"$NCGKG" export -f nt "$statements/$name.txt" > "$TMP/$name.nt"
	if [ -n "${SYS_PYTHON3:-}" ]; then
		"$SYS_PYTHON3" "$srcdir/tests/facts_check.py" "$known/$name.facts" "$TMP/$name.nt" > "$TMP/facts.out"
		ok $? "$name: the pinned facts hold ($(tail -1 "$TMP/facts.out"))"
		sed 's/^/# /' "$TMP/facts.out" | grep -v "0 wrong"
	else
		skip "$name: the pinned facts hold" "no python3"
	fi
	# the whole export, to see any change at all: compared as graphs, a
	# change printed as the facts added and removed (make update-expected
	# after reviewing them)
	if [ -n "${SYS_PYTHON3:-}" ]; then
		"$SYS_PYTHON3" "$srcdir/tests/facts_check.py" --diff "$known/$name.nt" "$TMP/$name.nt" > "$TMP/diff" 2>&1
		ok $? "$name: export has the golden tests/data/known/$name.nt's triples ($(tail -1 "$TMP/diff"))"
		head -40 "$TMP/diff" | sed 's/^/# /' | grep -v '^# the same'
	else
		cmp -s "$known/$name.nt" "$TMP/$name.nt"
		ok $? "$name: export equals the golden tests/data/known/$name.nt"
	fi
done

# the paraphrased corpora, and the real published texts (issue 8: real/
# the development set, real2/ collected as a blind check and real3/ the
# first sealed set, scored once; both then, and real4/ after its blind score,
# folded in, and sealed2/ to sealed5/ likewise once spent); each held to a
# floor under its score (real5/: development texts, first score 0.757;
# rules11 brought it to 0.920, floor 0.05 under that; sealed6/ and
# sealed7/ spent at their one blind score, 0.777 and 0.763; real6/: development
# texts, first score 0.735; sealed8/ and sealed9/ spent at their blind
# scores 0.886 and 0.680; real7/: development texts, first score 0.781;
# sealed10/ spent at its blind score 0.756; real8/: development texts,
# first score 0.770; sealed11/ spent at its blind score 0.829; sealed12/ spent
# at its blind score 0.769 by score.py, 0.793 by gold_check.py; sealed13/
# spent at its blind score 0.809 by both, 2026-12-01, raised to 0.90 under
# its round-9 score 0.949; sealed14/ spent at its blind score 0.891 by
# score.py, 0.894 by gold_check.py, 2026-12-01, floor 0.85, raised to 0.90
# under its round-10 score 0.942; sealed15/ spent at its blind score 0.780 by
# score.py, 0.798 by gold_check.py, 2026-12-01, floor 0.75, raised to 0.80
# under its post-score round-10 score 0.834, raised to 0.90 under its round-11
# score 0.951; sealed16/ spent at its blind score
# 0.751 by score.py and gold_check.py, 2026-12-01, floor 0.70, raised to 0.80
# under its round-12 score 0.862; sealed17/ spent at its blind score 0.722 by
# score.py and gold_check.py, 2026-12-01, floor 0.65, raised to 0.75 under
# its post-score round-12 score 0.795; sealed18/ spent at its blind score 0.680
# by score.py, 0.685 by gold_check.py, 2026-12-01, floor 0.60, raised to 0.75
# under its post-score round-13 score 0.793 (sealed16 0.80 -> 0.83 under 0.878,
# sealed17 0.75 -> 0.85 under 0.902, their round-13 scores); sealed19/ spent at
# its blind score 0.796 by score.py, 0.801 by gold_check.py, 2026-12-01, floor 0.70,
# raised to 0.83 under its post-score round-14 score 0.876 (sealed17 0.85 -> 0.88
# under 0.921, sealed18 0.75 -> 0.86 under 0.909, their round-14 scores);
# sealed20/ spent at its blind score 0.775 by score.py, 0.773 by gold_check.py,
# 2026-12-02, floor 0.72, raised to 0.80 under its post-score round-15 score
# 0.841 (sealed19 0.83 -> 0.87 under 0.910, its round-15 score);
# sealed21/ spent at its blind score 0.720 by score.py, 0.725 by gold_check.py,
# 2026-12-02, floor 0.66, raised to 0.77 under its post-score round-16 score
# 0.817, to 0.80 under its round-18 score 0.855;
# sealed22/ spent at its blind score 0.772 by score.py and by gold_check.py,
# 2026-12-02, floor 0.72, raised to 0.80 under its post-score round-17 score
# 0.842, to 0.83 under its round-18 score 0.877;
# sealed23/ spent at its blind score 0.721 by score.py, 0.723 by gold_check.py,
# 2026-12-02, floor 0.67, raised to 0.80 under its post-score round-18 score
# 0.842;
# sealed24/ spent at its blind score 0.476 by score.py and gold_check.py,
# 2026-12-02 (17 of 21 texts cables and memoranda with no meeting found),
# floor 0.42, raised to 0.47 under its post-score round-19 score 0.522, to
# 0.64 under its round-20 score 0.680, to 0.72 under its round-21 score
# 0.759, to 0.74 under its round-22 score 0.778;
# sealed25/ spent at its blind score 0.771 by score.py and gold_check.py,
# 2026-12-02 (eleven of 18 texts declassified records), floor 0.74 under
# its post-score round-20 score 0.780, raised to 0.79 under its round-21
# score 0.830;
# sealed26/ spent at its blind score 0.575 by score.py and gold_check.py,
# 2026-12-02 (fourteen of 19 texts declassified records; 17 with no
# meeting found), floor 0.54, raised to 0.69 under its post-score round-22
# score 0.725;
# sealed27/ spent at its blind score 0.708 by score.py and gold_check.py,
# 2026-12-03 (thirteen of 19 texts declassified records; 13 with no
# meeting found), floor 0.67, raised to 0.83 under its post-score round-23
# score 0.877 (sealed24 0.77 under 0.809, sealed25 0.85 under 0.887,
# sealed26 0.71 under 0.755; round 24: sealed24 0.78 under 0.825, sealed25
# 0.87 under 0.907);
# sealed28/ spent at its blind score 0.778 by score.py (0.783 by
# gold_check.py), 2026-12-03 (ten of 16 texts declassified records; 9 with
# no meeting found, 3 wrong meeting facts), floor 0.74, raised to 0.87
# under its post-score round-25 score 0.917 (sealed24 0.79 under 0.836,
# sealed27 0.84 under 0.888), raised to 0.89 under its round-26 score
# 0.933 (sealed27 0.85 under 0.899);
# sealed29/ spent at its blind score 0.878 by score.py and gold_check.py,
# 2026-12-03 (five of 18 texts declassified records; 11 with no meeting
# found, none wrong), floor 0.84, raised to 0.88 under its round-26
# score 0.921;
# sealed30/ spent at its blind score 0.838 by score.py (0.848 by
# gold_check.py), 2026-12-03 (thirteen of 21 texts declassified records,
# six U.S.-Japan meetings; 7 with no meeting found, none wrong), floor 0.80,
# raised to 0.88 under its post-score round-28 score 0.923 (round 27 and 28:
# sealed23 0.84 under 0.882, sealed27 0.86 under 0.909, sealed29 0.90 under
# 0.938);
# sealed31/ spent at its blind score 0.708 by score.py and gold_check.py,
# 2026-12-03 (18 of 21 texts U.S.-Japan meetings under the broadened
# criterion; 10 with no meeting found, none wrong), floor 0.66, raised to
# 0.76 under its post-score round-31 score 0.825, and to 0.81 under its
# round-33 score 0.852;
# sealed32/ spent at its blind score 0.878 by score.py and gold_check.py,
# 2026-12-03 (15 of 21 texts U.S.-Japan meetings under the criterion
# stated before it was built; 4 with no meeting found, none wrong), floor
# 0.83, raised to 0.89 under its post-score round-33 score 0.938;
# sealed33/ spent at its blind score 0.831 by score.py (0.835 by
# gold_check.py), 2026-12-03 (13 of 21 texts U.S.-Japan meetings under
# sealed32's criterion; 7 with no meeting found, one place wrong), floor
# 0.79, raised to 0.85 under its post-score round-35 score 0.890;
# sealed34/ spent at its blind score 0.785 by score.py (0.805 by
# gold_check.py), 2026-12-04 (17 of 21 texts U.S.-Japan meetings under
# sealed32's criterion; 9 with no meeting found, four places wrong),
# floor 0.74, raised to 0.83 under its post-score round-37 score 0.873;
# sealed35/ spent at its blind score 0.740 by score.py (0.743 by
# gold_check.py), 2026-12-04 (12 of 21 texts U.S.-Japan meetings under
# sealed32's criterion; 11 with no meeting found, two facts wrong),
# floor 0.70, raised to 0.75 under its post-score round-38 score 0.789;
# sealed36/ spent at its blind score 0.768 by score.py (0.778 by
# gold_check.py), 2026-12-04 (14 of 21 texts U.S.-Japan meetings under
# sealed32's criterion; 9 with no meeting found, three places wrong),
# floor 0.72, raised to 0.80 under its post-score round-41 score 0.840;
# sealed37/ spent at its blind score 0.830 by score.py (0.833 by
# gold_check.py), 2026-12-04 (19 of 21 texts U.S.-Japan meetings under
# sealed32's criterion; 12 with no meeting found, one meeting wrong),
# floor 0.79, raised to 0.87 under its post-score round-42 score 0.916;
# sealed38/ spent at its blind score 0.788 by score.py (0.796 by
# gold_check.py), 2026-12-04 (criterion widened: 3 U.S.-ROK, 9 U.S.-Japan,
# 4 U.S.-Australia, 5 U.S.-Philippines; 11 with no meeting found, two
# places wrong), floor 0.75, raised to 0.78 under its post-score round-44
# score 0.826;
# sealed39/ spent at its blind score 0.814 by score.py (0.814 by
# gold_check.py), 2026-12-04 (6 U.S.-ROK, 8 U.S.-Japan, 3 U.S.-Australia,
# 4 U.S.-Philippines; 11 with no meeting found, none wrong), floor 0.77,
# raised to 0.88 under its post-score round-44 score 0.921;
# sealed40/ spent at its blind score 0.771 by score.py (0.774 by
# gold_check.py), 2026-12-04 (5 U.S.-ROK, 8 U.S.-Japan, 4 U.S.-Australia,
# 4 U.S.-Philippines; 11 with no meeting found, none wrong), floor 0.73,
# raised to 0.75 under its post-score round-45a score 0.792, then to
# 0.83 under its post-score round-45b score 0.874 (gold_check);
# sealed41/ spent at its blind score 0.747 by score.py (0.756 by
# gold_check.py), 2026-12-04 (3 U.S.-ROK, 2 U.S.-ROK-Japan, 13
# U.S.-Japan, 2 U.S.-Australia, 1 U.S.-Philippines; 8 with no meeting
# found, 3 meeting facts wrong), floor 0.71, raised to 0.84 under its
# post-score round-46 score 0.886 (gold_check);
# sealed42/ spent at its blind score 0.683 by score.py (0.688 by
# gold_check.py), 2026-12-05 (3 U.S.-ROK, 9 U.S.-Japan, 5
# U.S.-Philippines, 1 U.S.-Australia; 8 with no meeting found, 1 meeting
# fact wrong), floor 0.65, raised to 0.85 under its post-score round-47
# score 0.897 (gold_check);
# sealed43/ spent at its blind score 0.651 by score.py (0.664 by
# gold_check.py), 2026-12-05 (9 U.S.-ROK, 1 U.S.-ROK-Japan, 4
# U.S.-Japan; 6 with no meeting found, none wrong), floor 0.62, raised
# to 0.80 under its post-score round-48 score 0.840 (gold_check);
# sealed44/ spent at its blind score 0.602 by score.py (0.596 by
# gold_check.py), 2026-12-05 (8 U.S.-ROK, 2 U.S.-Japan, 3
# U.S.-Australia, 1 U.S.-Philippines; 9 with no meeting found, none
# wrong), floor 0.55, raised to 0.73 under its post-score round-49
# score 0.771 (gold_check);
# sealed45/ spent at its blind score 0.681 by score.py (0.698 by
# gold_check.py), 2026-12-05 (3 U.S.-ROK-Japan, 4 U.S.-Japan, 3 Quad, 3
# U.S.-Philippines, 1 U.S.-Thailand; 6 with no meeting found, 1 place
# cut short), floor 0.65, raised to 0.79 under its post-score round-50
# score 0.829 (gold_check);
# sealed46/ spent at its blind score 0.525 by score.py (0.525 by
# gold_check.py), 2026-12-05 (4 U.S.-ROK, 3 U.S.-Japan, 1
# U.S.-Japan-Philippines, 4 U.S.-Philippines, 2 U.S.-Thailand; 10 with no
# meeting found, none wrong), floor 0.48, raised to 0.68 under its
# post-score round-51 score 0.728 (gold_check);
# sealed47/ spent at its blind score 0.649 by score.py (0.667 by
# gold_check.py), 2026-12-05 (7 U.S.-ROK, 6 U.S.-Japan, 1
# Australia-Japan-U.S.; 7 with no meeting found, 2 meeting facts wrong),
# floor 0.62, raised to 0.78 under its post-score round-52 score 0.822
# (gold_check);
# sealed48/ spent at its blind score 0.765 by score.py (0.765 by
# gold_check.py), 2026-12-05 (3 U.S.-ROK, 4 U.S.-Japan, 5
# U.S.-Philippines, 1 AUKUS, 1 Five Country Ministerial; 9 with no
# meeting found, none wrong), floor 0.72, raised to 0.87 under its
# post-score round-53 score 0.916 (gold_check);
# sealed49/ spent at its blind score 0.735 by score.py (0.735 by
# gold_check.py), 2026-12-05 (6 U.S.-ROK, 3 U.S.-Japan, 1 U.S.-EU-Japan
# trade trilateral, 3 U.S.-Philippines, 1 U.S.-Australia; 7 with no
# meeting found, none wrong), floor 0.69, raised to 0.85 under its
# post-score round-54 score 0.901 (gold_check);
# sealed50/ spent at its blind score 0.681 by score.py (0.687 by
# gold_check.py), 2026-12-06 (7 U.S.-ROK, 2 U.S.-Japan, 3
# U.S.-Philippines; 9 with no meeting found, 1 meeting fact wrong),
# floor 0.64, raised to 0.67 under its post-score round-55 score 0.726
# (gold_check);
# sealed51/ spent at its blind score 0.788 by score.py (0.806 by
# gold_check.py), 2026-12-06 (5 U.S.-ROK, 4 U.S.-Japan, 2
# U.S.-Philippines, 2 U.S.-Australia, 1 U.S.-Thailand; 5 with no meeting
# found, none wrong), floor 0.76, raised to 0.82 under its post-score
# round-56 score 0.869 (gold_check);
# sealed52/ spent at its blind score 0.757 by score.py (0.760 by
# gold_check.py), 2026-12-06 (3 U.S.-ROK, 4 U.S.-Japan, 6
# U.S.-Philippines, 3 U.S.-Australia; 9 with no meeting found, 1 meeting
# place wrong), floor 0.71, raised to 0.76 under its post-score round-57
# score 0.813 (gold_check);
# sealed53/ spent at its blind score 0.718 by score.py (0.723 by
# gold_check.py), 2026-12-06 (6 U.S.-ROK, 4 U.S.-Japan, 1
# U.S.-Australia, 1 U.S.-New Zealand, 2 U.S.-Thailand; 7 with no meeting
# found, 1 meeting place wrong), floor 0.67, raised to 0.76 under its
# post-score round-58 score 0.812 (gold_check);
# sealed54/ spent at its blind score 0.718 by score.py (0.722 by
# gold_check.py), 2026-12-06 (5 U.S.-ROK, 4 U.S.-Japan, 2
# U.S.-Australia, 1 U.S.-Philippines, 2 U.S.-Thailand; 9 with no meeting
# found, 1 meeting place wrong), floor 0.67, raised to 0.73 under its
# round-59 score 0.777 (0.777 by gold_check.py);
# sealed55/ spent at its blind score 0.791 by score.py (0.800 by
# gold_check.py), 2026-12-06 (3 U.S.-ROK, 5 U.S.-Japan, 2
# U.S.-Philippines; 5 with no meeting found, 1 meeting place wrong),
# floor 0.75, raised to 0.81 under its round-60 score 0.851 (0.860 by
# gold_check.py);
# sealed56/ spent at its blind score 0.711 by score.py (0.711 by
# gold_check.py), 2026-12-06 (6 U.S.-ROK, 3 U.S.-Japan, 3
# U.S.-Australia, 1 U.S.-Philippines; 9 with no meeting found, none
# wrong), floor 0.66, raised to 0.72 under its round-62 score 0.772;
# sealed57/ spent at its blind score 0.677 by score.py (0.677 by
# gold_check.py), 2026-12-06 (3 U.S.-ROK, 3 U.S.-Japan, 2
# U.S.-Australia, 1 U.S.-Philippines, 1 U.S.-New Zealand; 5 with no
# meeting found, none wrong), floor 0.63, raised to 0.64 under its
# round-63 score 0.688;
# sealed59/ spent at its blind score 0.743 by score.py (0.743 by
# gold_check.py), 2026-12-06, scored before sealed58 (an integrator's
# score-all run included it by mistake; no rule had seen it) (4
# U.S.-ROK, 4 U.S.-Japan, 2 U.S.-Philippines, 1 U.S.-Thailand; 8 with no
# meeting found, none wrong), floor 0.69, raised to 0.75 under its
# round-63 score 0.800 (round 63 was fitted on it and sealed57);
# sealed58/ spent at its blind score 0.788 by score.py (0.788 by
# gold_check.py), 2026-12-07 (2 U.S.-ROK, 4 U.S.-Japan, 4
# U.S.-Australia, 2 U.S.-Philippines; 9 with no meeting found, one date
# wrong), floor 0.74, raised to 0.78 under its round-64 score 0.830
# (round 64 was fitted on it, sealed57 and sealed59; sealed59's floor
# 0.75 raised to 0.78 under its round-64 score 0.833);
# sealed60/ spent at its blind score 0.828 by score.py (0.833 by
# gold_check.py), 2026-12-07 (2 U.S.-ROK, 2 U.S.-Japan, 3
# U.S.-Australia, 1 U.S.-Philippines, 1 U.S.-Thailand; 4 of 8 held
# meetings not found, none wrong; 1 meeting-null text), floor 0.78,
# raised to 0.83 under its round-65 score 0.882 (round 65 was fitted on
# it, sealed58, sealed59 and sealed57);
# sealed61/ spent at its blind score 0.765 by score.py (0.770 by
# gold_check.py), 2026-12-07 (2 U.S.-ROK, 5 U.S.-Japan, 4
# U.S.-Thailand, 1 U.S.-New Zealand; 4 of 12 held meetings not found,
# none wrong), floor 0.72, raised to 0.80 under its round-66/67 score
# 0.830 (rounds 66-67 were fitted on it, sealed60, sealed58 and
# sealed59; round 67 on sealed62 too);
# sealed62/ spent at its blind score 0.873 by score.py (0.873 by
# gold_check.py), 2026-12-07 (5 U.S.-ROK, 3 U.S.-Japan, 1
# U.S.-Australia; 4 of 9 held meetings not found, none wrong), floor
# 0.82;
# sealed63/ spent at its blind score 0.711 by score.py (0.715 by
# gold_check.py), 2026-12-07 (4 U.S.-ROK, 3 U.S.-Japan, 5
# U.S.-Australia, 1 U.S.-Thailand; 7 of 13 held meetings not found,
# none wrong), floor 0.66, raised to 0.81 under its round-69/70 score
# 0.857 (rounds 69-70 were fitted on it; sealed61 0.80 -> 0.85 and
# sealed62 0.82 -> 0.90 under their round-70 scores 0.893 and 0.947);
# sealed64/ spent at its blind score 0.873 by score.py (0.879 by
# gold_check.py), 2026-12-07 (5 U.S.-ROK, 3 U.S.-Australia, 2
# U.S.-Philippines, 1 U.S.-Japan, 1 multilateral; 2 of 12 held
# meetings not found, none wrong), floor 0.82, raised to 0.90 under its
# round-73 score 0.951 (rounds 72-73 were fitted on it); under their
# round-73 scores sealed63 0.81 -> 0.83 (0.876), sealed61 0.85 -> 0.89
# (0.943), sealed60 0.83 -> 0.87 (0.923), sealed57 0.64 -> 0.73 (0.779),
# sealed46 0.68 -> 0.71 (0.758), sealed50 0.67 -> 0.71 (0.763);
# sealed65/ spent at its blind score 0.806 by score.py (0.811 by
# gold_check.py), 2026-12-07 (2 U.S.-ROK, 8 U.S.-Japan, 2
# U.S.-Australia, 2 U.S.-New Zealand; 6 of 14 held meetings not found,
# none wrong), floor 0.75, raised to 0.94 under its round-76 score
# 0.987 (rounds 75-76 were fitted on it);
# sealed66/ spent at its blind score 0.843 by score.py (0.843 by
# gold_check.py), 2026-12-07 (4 U.S.-ROK, 3 U.S.-Japan, 4
# U.S.-Thailand, 1 multilateral; 1 of 12 held meetings not found, none
# wrong), floor 0.79, raised to 0.94 under its round-79 score 0.984
# (rounds 77-79 were fitted on it);
# sealed67/ spent at its blind score 0.780 by score.py (0.786 by
# gold_check.py), 2026-12-07 (5 U.S.-ROK, 4 U.S.-Japan, 3
# U.S.-Philippines, 1 U.S.-Australia, 1 U.S.-New Zealand; 9 of 14 held
# meetings not found, 1 place wrong), floor 0.73;
# other1/ and other2/: development sets of U.S. meetings with partners
# other than Korea, Japan, Australia and the Philippines (12 texts each,
# gold written before any run; session 48), first runs 0.806 and 0.845,
# floors 0.84 under their round-41 scores 0.881 and 0.880;
# sealed12 raised to 0.90 under its round-8 score 0.936).  Floors raised twice on
# 2026-11-30 to about 0.04-0.05 under each set's score then, so that no
# development gain is lost unseen.
for row in dev:0.97 heldout:0.97 unseen:0.97 real:0.97 real2:0.95 real3:0.97 real4:0.97 sealed2:0.97 sealed3:0.94 sealed4:0.93 sealed5:0.93 real5:0.92 sealed6:0.90 sealed7:0.90 real6:0.90 sealed8:0.95 sealed9:0.94 real7:0.90 sealed10:0.90 real8:0.90 sealed11:0.87 sealed12:0.90 sealed13:0.90 sealed14:0.90 sealed15:0.90 sealed16:0.83 sealed17:0.88 sealed18:0.86 sealed19:0.87 sealed20:0.80 sealed21:0.80 sealed22:0.83 sealed23:0.84 sealed24:0.79 sealed25:0.87 sealed26:0.71 sealed27:0.86 sealed28:0.89 sealed29:0.90 sealed30:0.88 sealed31:0.81 sealed32:0.89 sealed33:0.85 sealed34:0.83 sealed35:0.75 sealed36:0.80 other1:0.84 other2:0.84 sealed37:0.87 sealed38:0.78 sealed39:0.88 sealed40:0.83 sealed41:0.84 sealed42:0.85 sealed43:0.80 sealed44:0.73 sealed45:0.79 sealed46:0.71 sealed47:0.78 sealed48:0.87 sealed49:0.85 sealed50:0.71 sealed51:0.82 sealed52:0.76 sealed53:0.76 sealed54:0.73 sealed55:0.81 sealed56:0.72 sealed57:0.73 sealed59:0.78 sealed58:0.78 sealed60:0.87 sealed61:0.89 sealed62:0.90 sealed63:0.83 sealed64:0.90 sealed65:0.94 sealed66:0.94 sealed67:0.73; do
	set=${row%%:*}; floor=${row#*:}
	if has_rdflib; then
		"$SYS_PYTHON3" "$srcdir/tests/gold_check.py" "$NCGKG" "$srcdir/tests/data/$set" "$floor" > "$TMP/$set.out" 2>&1
		ok $? "$set corpus: $(tail -1 "$TMP/$set.out" | sed 's/^# //')"
		grep -v 'all found' "$TMP/$set.out"
	else
		skip "$set corpus: micro-F1 >= $floor" "python3-rdflib not installed"
	fi
done
exit $failed
