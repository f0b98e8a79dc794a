#!/bin/sh
# ncgkg tests: write N statements of NCG meetings from a template, the same
# every time (no randomness): meetings 1..N (N <= 30), five months apart,
# in Washington or Seoul, co-chaired by officials who change, each listing
# a share of up to W workstreams (W <= 30; later meetings add new ones, some
# are listed under another wording), with an activity and the next meeting
# announced.
#   sh tests/gen-meetings.sh DIR [N [W]]
set -eu
dir=$1
count=${2:-10}
nws=${3:-30}
mkdir -p "$dir"

ordinal() {
	set -- first second third fourth fifth sixth seventh eighth ninth tenth \
	  eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth \
	  eighteenth nineteenth twentieth twenty-first twenty-second twenty-third \
	  twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth \
	  twenty-ninth thirtieth thirty-first
	shift $(($ord - 1))
	echo "$1"
}
month_name() {
	k=$1
	set -- January February March April May June July August September \
	  October November December
	shift $(($k - 1))
	echo "$1"
}
# workstream j (1-based): the lexicon's names first, then others
ws_name() {
	j=$1 alt=$2
	case $j in
	1) [ "$alt" = 1 ] && echo "information sharing and security protocols" || echo "security and information sharing protocols" ;;
	2) [ "$alt" = 1 ] && echo "joint planning and execution" || echo "nuclear and strategic planning" ;;
	3) [ "$alt" = 1 ] && echo "conventional and nuclear integration" || echo "conventional-nuclear integration" ;;
	4) [ "$alt" = 1 ] && echo "strategic messaging" || echo "strategic communications" ;;
	5) echo "nuclear consultation processes in crises and contingencies" ;;
	6) echo "exercises, simulations, and training" ;;
	7) echo "risk reduction practices" ;;
	8) echo "guidelines" ;;
	9) echo "dedicated secure communication systems" ;;
	*) set -- space deterrence cooperation / missile defense integration / \
	     cyber resilience of command systems / allied intelligence fusion / \
	     extended deterrence education / counter-proliferation coordination / \
	     maritime nuclear posture / logistics for strategic asset visits / \
	     public diplomacy on deterrence / joint crisis communication drills / \
	     nuclear policy dialogue with partners / command and control interoperability / \
	     early warning data exchange / strategic stability research / \
	     civil defense preparedness / nuclear forensics cooperation / \
	     deterrence messaging to third countries / alliance resilience planning / \
	     tabletop exercise program / senior leader seminars / \
	     long-range strike coordination
	   k=$(($j - 9)) name=
	   for w in "$@"; do
		   if [ "$w" = / ]; then k=$(($k - 1)); [ $k -eq 0 ] && break; name=; continue; fi
		   name="${name:+$name }$w"
	   done
	   echo "$name" ;;
	esac
}

set_us="Alan Whitfield|Deputy Under Secretary of Defense for Policy
Maria Gonzales|Principal Deputy Assistant Secretary of Defense for Space Policy
Daniel Park|Coordinator for Defense Policy at the U.S. National Security Council
Grace Holloway|Assistant Secretary of Defense for Strategy"
set_rok="Kim Min-jun|Deputy Minister for National Defense Policy
Lee Seo-yeon|Principal Deputy National Security Advisor
Choi Jae-won|Deputy Minister for Policy Planning
Han Ji-ho|Director General for North Korean Nuclear Affairs"

i=1
while [ $i -le "$count" ]; do
	ord=$i
	o=$(ordinal)
	ord=$(($i + 1))
	onext=$(ordinal)
	m=$((6 + 5 * ($i - 1)))
	year=$((2023 + $m / 12))
	mon=$(($m % 12 + 1))
	day=$((5 + ($i * 7) % 20))
	if [ $(($i % 2)) -eq 1 ]; then place="Washington, D.C."; next="Seoul"
	else place="Seoul"; next="Washington, D.C."; fi
	us=$(echo "$set_us" | sed -n "$((($i - 1) % 4 + 1))p")
	rok=$(echo "$set_rok" | sed -n "$((($i + 1) % 4 + 1))p")
	list=
	j=1
	while [ $j -le "$nws" ]; do
		# the first meetings list the lexicon's workstreams; each later
		# meeting adds a few; some are skipped, some reworded
		if [ $j -le $((6 + 3 * $i)) ] && [ $((($i + 2 * $j) % 5)) -ne 0 ]; then
			alt=0
			[ $((($i + $j) % 3)) -eq 0 ] && alt=1
			list="${list:+$list; }$(ws_name $j $alt)"
		fi
		j=$(($j + 1))
	done
	last=${list##*; }
	list="${list%; *}; and $last"
	case $(($i % 3)) in
	0) act="NCG Tabletop Simulation $i" ;;
	1) act="Nuclear Deterrence Immersion Course" ;;
	*) act="military-to-military table-top exercise (TTX)" ;;
	esac
	half="first half of $(($year + 1))"
	[ "$mon" -le 6 ] && half="second half of $year"
	cat > "$dir/meeting-$i.txt" <<EOF
Joint Press Statement on the $o Nuclear Consultative Group Meeting

The United States and the Republic of Korea (ROK) convened the $o Nuclear Consultative Group (NCG) in $place on $(month_name $mon) $day, $year. The NCG is an enduring bilateral consultative body to strengthen extended deterrence.

The meeting was co-chaired by Dr. ${us%%|*}, ${us#*|}, and Dr. ${rok%%|*}, ROK ${rok#*|}.

The NCG co-chairs reviewed the progress on NCG workstreams, including on $list.

The NCG Principals assessed that NCG activities, like the $act, contribute to deepening cooperative and coordinated decision-making on nuclear deterrence.

The NCG co-chairs approved an NCG workplan for the $half, which include convening the $onext principal-level NCG meeting in ${next%.}.
EOF
	i=$(($i + 1))
done
