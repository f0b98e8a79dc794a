import hashlib,glob,re,csv,sys
R=[]
def a(q,rk,url,pub,genre,topic,ok,reason,ally=''):
    R.append((q,rk,url,pub,genre,topic,ok,reason,ally))
N='no'; Y='yes'
# q1 ROK
a(1,1,"https://core-prod.cambridgecore.org/core/journals/modern-asian-studies/article/secret-of-september-the-1949-oil-agreements-between-the-united-states-and-south-korea/A33C7D6B3772870002B8800D1FF613C5","Cambridge University Press","journal abstract","1949 U.S.-ROK oil agreements (article abstract)",N,"other (a research article abstract, no held meeting reported with officials)","ROK")
a(1,2,"https://theworldtomorrow.wikileaks.org/plusd/cables/1973SEOUL08472_b.html","WikiLeaks (Embassy Seoul cable)","diplomatic cable","Korean reaction to the oil crisis (Dec 1973)",N,"other (a situation report; Korean-Arab moves, no U.S.-ROK meeting)","ROK")
a(1,3,"https://docslib.org/doc/5755141/collection-sigur-gaston-j-files-folder-title-korea-south-1984-1-box-rac-box-10","docslib (Reagan Library folder)","archive folder","Sigur files, Korea 1984 withdrawal sheet",N,"other (archive withdrawal sheet, no meeting text)","ROK")
a(1,4,"https://factsanddetails.com/korea/South_Korea/Modern_History/entry-7186.html","Facts and Details","encyclopedia page","Chun Doo Hwan era history",N,"other (history essay)","ROK")
a(1,5,"https://wikileaks.org/plusd/cables/1979SEOUL17348_e.html","WikiLeaks (Embassy Seoul cable)","diplomatic cable","Cooper-Rhie economic consultations (Seoul, Nov 10-12, 1979)",N,"MAINURL","ROK")
a(1,6,"https://wikileaks.org/plusd/cables/1979SEOUL17348_e.html","WikiLeaks","diplomatic cable (PGP capture)","PGP key block",N,"duplicate of query 1 rank 5 (same URL)","")
a(1,7,"https://vdocuments.net/chun-doo-hwan-administrationas-diplomacy-towards-japan-chun-doo-hwan-administrationas.html","vdocuments","journal article","Chun administration's diplomacy towards Japan",N,"other (research article; ROK-Japan, no U.S. meeting)","")
a(1,8,"https://populargusts.blogspot.com/2023/05/the-cia-on-political-reconstruction-in.html","Popular Gusts blog","blog post","CIA report on political reconstruction in South Korea 1980",N,"other (a report, no meeting)","ROK")
# q2 ROK
a(2,1,"http://www.lunarenterprisedaily.com/2013/08/01/friday-2-august-2013/","Lunar Enterprise Daily","newsletter","KARI's Kim Seung-jo visits Washington to speak with Bolden (2013)",N,"same meeting as a text on main (sealed16 nasa-kari-2013-07-kbs, Bolden-Kim Seung-jo, July 2013)","ROK")
a(2,2,"https://sservi.nasa.gov/articles/korean-delegation-visits-sservi/","NASA SSERVI","agency article","KARI delegation led by Kim Seung-jo visits SSERVI at NASA Ames (Aug 2 [2013])",N,"same visit as a meeting on main (Kim Seung-jo's July-Aug 2013 U.S. visit, sealed16 nasa-kari; one visit of one official is one meeting); also no U.S. official named","ROK")
a(2,3,"http://stepsintospace.blogspot.com/2013/07/nasa-and-korean-space-agency-discuss.html","Steps into Space blog","blog post","Bolden-Kim Seung-jo met (Washington, July 2013)",N,"MAINURL","ROK")
a(2,4,"http://en.people.cn/90777/8345312.html","People's Daily (Xinhua)","wire news","Bolden-Kim Seung-jo met (Washington, July 29, 2013)",N,"same meeting as a text on main (sealed16 nasa-kari-2013-07-kbs)","ROK")
a(2,5,"https://koreajoongangdaily.joins.com/news/2024-01-29/national/politics/Korean-delegation-visits-NASA-other-space-agencies-to-discuss-cooperation/1969251","Korea JoongAng Daily","newspaper article","Cho Seong-kyung's delegation visits ESA, CNES, NASA (Jan 2024)",N,"other (the excerpt ends before any U.S. official or meeting with NASA is named; ESA/CNES only)","ROK")
a(2,6,"http://rki.kbs.co.kr/service/news_view.htm?Seq_Code=97484&lang=e","KBS World Radio","broadcast news","Bolden-Kim Seung-jo met (Washington, July 2013)",N,"MAINURL","ROK")
a(2,7,"http://english.yonhapnews.co.kr/fullstory/2013/07/30/52/4500000000AEN20130730000400315F.HTML","Yonhap","wire news","Bolden-Kim Seung-jo met at NASA HQ (July 29, 2013)",N,"same meeting as a text on main (sealed16 nasa-kari-2013-07-kbs)","ROK")
a(2,8,"https://satellitetoday.com/government-military/2008/11/03/nasa-south-korea-to-cooperate-on-space-programs","Via Satellite","trade news","NASA-MEST agreement signed by O'Brien and Munki Lee (2008)",N,"other (a signing with no meeting noun, sealed19 b / 22 c reading)","ROK")
# q3 ROK
a(3,1,"https://theworldtomorrow.wikileaks.org/plusd/cables/1973SEOUL04728_b.html","WikiLeaks (Embassy Seoul cable)","diplomatic cable","Fifth Korea-U.S. Commerce Ministers Meeting joint communique (Seoul, July 19-20, 1973)",N,"same meeting as a text on main (sealed40 cmm-5-1973-07-wikileaks)","ROK")
a(3,2,"https://search.wikileaks.org/plusd/cables/1977SEOUL07799_c.html","WikiLeaks (Embassy Seoul cable)","diplomatic cable","Eighth Commerce Ministers' meeting: draft of the Secretary's dinner address (1977)",N,"other (speech drafting; the meeting is planned, not reported)","ROK")
a(3,3,"https://history.state.gov/historicaldocuments/frus1969-76v19p1/d100","FRUS (Office of the Historian)","letter","Nixon to Park on textile negotiations (1971)",N,"other (a letter; the San Clemente Nixon-Kennedy meeting is internal U.S.)","ROK")
a(3,4,"https://globethesis.com/?t=1479390017462138","GlobeThesis","dissertation abstract","U.S.-Korean textile negotiations 1969-72 (abstract)",N,"other (dissertation abstract; rounds only summarised)","ROK")
a(3,5,"https://www.wikileaks.org/plusd/cables/1977SEOUL08343_c.html","WikiLeaks","diplomatic cable (PGP capture)","PGP key block",N,"other: the page as returned is a PGP key block (reports nothing)","")
a(3,6,"https://rushfordreport.com/2003/4_2003_Publius.htm","Rushford Report","essay","Johnson-Chung Il Kwon Oval Office 1967, kimchi",N,"other (an essay recalling a 1967 leaders' meeting; a diplomatic meeting outside this half's angle)","ROK")
a(3,7,"https://wikileaks.org/plusd/cables/1979SEOUL17348_e.html","WikiLeaks","diplomatic cable","Cooper-Rhie (1979)",N,"duplicate of query 1 rank 5 (same URL)","ROK")
a(3,8,"https://history.state.gov/historicaldocuments/frus1969-76v19p1/d112","FRUS (Office of the Historian)","letter","Prime Minister Kim to Kissinger on textiles (1971)",N,"other (a letter; meetings only recalled)","ROK")
# q4 ROK
a(4,1,"https://apps-afsc.fisheries.noaa.gov/Quarterly/jas2009/divrptsREFM6.htm","NOAA Alaska Fisheries Science Center","agency quarterly report","8th ROK-U.S. Fisheries Panel Conference (AFSC, July 21-23, 2009)",Y,"held meeting: \"the AFSC hosted the 8th fisheries panel conference between the United States and the Republic of Korea\"; leads named (Livingston, Chang); science agencies","ROK")
a(4,2,"https://ytn.co.kr/en/news/news_view.php?key=202412201815415734","YTN","broadcast news","Korean MOFA meeting on illegal (Chinese) fishing (Dec 2024)",N,"other (a Korea-only meeting)","")
a(4,3,"https://kusco.org/?p=1393","KUSCO","organisation news","NOAA representatives visit KUSCO (Mar 6 [2013])",N,"other (no official named; KUSCO is a private association)","ROK")
a(4,4,"http://world.kbs.co.kr/service/news_view.htm?Seq_Code=53311&lang=g","KBS World (German)","broadcast news","ROK-U.S. oceans and fisheries cooperation meeting, Sejong (announced)",N,"not English (German); also announced, not reported held","ROK")
a(4,5,"https://regjeringen.no/no/dokumentarkiv/Regjeringen-Stoltenberg-I/fid/Nyheter-og-pressemeldinger/2001/den_koreanske_fiskeriminister_besoker/id244399","Norwegian government","press release","Korean fisheries minister visits Norway (2001)",N,"not English; Korea-Norway","")
a(4,6,"https://en.yna.co.kr/view/AEN20200117002000325","Yonhap","wire news","ROK-U.S. talks on maritime environment and Arctic (Seoul, Jan 16, 2020): Chung Kee-yong, Woo Dong-sik, Bloom",Y,"held meeting: \"On Thursday, the two sides held a meeting\"; officials named; oceans/fisheries/environment","ROK")
a(4,7,"https://apps-afsc.fisheries.noaa.gov/Quarterly/JAS2014/divrptsREFM10.htm","NOAA Alaska Fisheries Science Center","agency quarterly report","13th NOAA-MOF JPA joint working group meeting (Busan, Aug 26-27, 2014)",N,"other (a text naming no official of the meeting, sealed38 c reading; the author line only)","ROK")
a(4,8,"https://www.mofa.go.kr/eng/brd/m_5658/view.do?seq=318789&srchFr=&amp;srchTo=&amp;srchWord=&amp;srchTp=&amp;multi_itm_seq=0&amp;itm_seq_1=0&amp;itm_seq_2=0&amp;company_cd=&amp;company_nm=&page=1&titleNm=","ROK Ministry of Foreign Affairs","ministry release","ROK-U.S. DG-level meeting on oceans, environment and Arctic (Seoul, Jan 16, 2020)",Y,"held meeting: \"had a meeting on oceans and environment with Mr. Evan T. Bloom\"; same meeting as query 4 rank 6","ROK")
# q5 Japan
a(5,1,"https://theworldtomorrow.wikileaks.org/plusd/cables/1977STATE168014_c.html","WikiLeaks (State Department cable)","diplomatic cable","DCM Nishida meets Nye on nuclear reprocessing (Washington, July 18, 1977)",Y,"held meeting: \"DCM SEIYA NISHIDA MET AT HIS REQUEST WITH ... JOSEPH NYE, AFTERNOON JULY 18\"; nuclear energy (this half's angle)","Japan")
a(5,2,"https://wikileaks.org/plusd/cables/1975STATE172256_b.html","WikiLeaks","diplomatic cable (PGP capture)","PGP key block",N,"other: the page as returned is a PGP key block","")
a(5,3,"http://search.wikileaks.org/plusd/cables/1976STATE299051.html","WikiLeaks","diplomatic cable (PGP capture)","PGP key block",N,"other: the page as returned is a PGP key block","")
a(5,4,"https://search.wikileaks.org/plusd/cables/1977STATE161223_c.html","WikiLeaks","diplomatic cable (PGP capture)","PGP key block",N,"other: the page as returned is a PGP key block","")
a(5,5,"https://theworldtomorrow.wikileaks.org/plusd/cables/1975TOKYO01098.html","WikiLeaks","diplomatic cable (PGP capture)","PGP key block",N,"other: the page as returned is a PGP key block","")
a(5,6,"https://search.wikileaks.org/plusd/cables/1976TOKYO01479_b.html","WikiLeaks (Embassy Tokyo cable)","diplomatic cable","State, ERDA and ACDA officials' uranium enrichment discussions with MOFA, MITI, STA officials (Tokyo, Jan 1976)",Y,"held meeting: \"STATE DEPT., ERDA AND ACDA OFFICIALS HELD INTENSIVE, FRANK DISCUSSIONS WITH ... JAPANESE MOFA, MITI AND STA OFFICIALS\"; officials named (Bengelsdorf, Helfrich, Schwennesen, Van Doren)","Japan")
a(5,7,"https://search.wikileaks.org/plusd/cables/1976STATE299051_b.html","WikiLeaks (State Department cable)","diplomatic cable","Otsuka calls on Vest, Bengelsdorf, Davies, Helfrich (Washington, Dec 1-2, 1976)",Y,"held meeting: \"DURING DECEMBER 1-2 VISIT TO WASHINGTON, OTSUKA CALLED SUCCESSIVELY UPON PM DIRECTOR VEST ...\"","Japan")
a(5,8,"https://search.wikileaks.org/plusd/cables/1977TOKYO02974_c.html","WikiLeaks (Embassy Tokyo cable)","diplomatic cable","Emboffs meet TEPCO's Tanaka and JAEC's Inoue on their U.S. visits (Tokyo, [Mar 1977])",Y,"held meeting: \"EMBOFFS MET WITH MR. NAOJIRO TANAKA ... AND DR. GORO INOUE, DEPUTY CHAIRMAN, JAEC\" (an official's call in a cable; U.S. side unnamed)","Japan")
# q6 Japan
a(6,1,"https://health.einnews.com/amp/pr_news/727802448/readout-of-hhs-secretary-xavier-becerra-s-meeting-with-minister-keizo-takemi-ministry-of-health-labour-and-welfare-of-japan-and-minister-mark","EIN News (HHS readout)","readout","Becerra-Takemi (July 11, 2024)",N,"same meeting as a text on main (sealed31 becerra-takemi-2024-07-11-einnews)","Japan")
a(6,2,"https://wikileaks.jcvignoli.com/cable_07TOKYO8/","WikiLeaks mirror (Embassy Tokyo cable 07TOKYO8)","diplomatic cable","HHS Deputy Secretary Azar meets Health Minister Yanagisawa (Tokyo, Dec 7, [2006])",Y,"held meeting: \"On December 7, ... Deputy Secretary Alex M. Azar II met in Tokyo with Japanese Minister of Health, Labor, and Welfare, Hakuo Yanagisawa\"","Japan")
a(6,3,"https://public3.pagefreezer.com:443/content/HHS.gov/31-12-2020T08:51/https://www.hhs.gov/about/leadership/secretary/speeches/2018-speeches/remarks-on-the-us-japan-relationship-and-its-shared-goals-on-global-health.html","HHS (archived)","speech","Azar remarks at the U.S.-Japan Global Health Dialogue (Sep 28, 2018)",N,"other (a speech)","Japan")
a(6,4,"https://jcie.org/programs/global-health-and-human-security/us-japan-global-health-dialogue/3rd-us-japan-global-health-dialogue/","JCIE","organisation page","3rd US-Japan Global Health Dialogue opened by Kato and Azar (Washington, [2018])",Y,"held meeting: \"Minister ... Kato and US Secretary ... Azar opened the meeting\"; a track-2 dialogue with both ministers","Japan")
a(6,5,"http://www.japantimes.co.jp/news/2017/05/04/national/science-health/japan-u-s-pledge-play-leading-role-global-health/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+japantimes+%28The+Japan+Times%3A+All+Stories%29","The Japan Times","newspaper article","Shiozaki-Price meeting (Washington, [May 3, 2017])",Y,"held meeting: \"told reporters after meeting with U.S. Health and Human Services Secretary Tom Price in Washington\"","Japan")
a(6,6,"https://jcie.org/programs/global-health-and-human-security/us-japan-global-health-dialogue/4th-dialogue/","JCIE","organisation page","4th US-Japan Global Health Dialogue (Washington, June 17, [2022])",Y,"held meeting: officials in person and Minister Goto virtual; Becerra represented by Pace","Japan")
a(6,7,"https://docslib.org/doc/6197499/part-iii-best-practices-and-challenges-chapter-9-global-health-diplomacy-1-japans-strategy-in-global-health-diplomacy-in","docslib (COVID-19 commission report)","report","Japan's global health diplomacy (report chapter)",N,"other (a report)","Japan")
a(6,8,"https://www.einpresswire.com/article/634008229/readout-of-hhs-secretary-xavier-becerra-s-visit-to-nagasaki-japan-for-g7-health-ministerial","EIN Presswire (HHS readout)","readout","Becerra at the G7 Health Ministers' Meeting, Nagasaki (May 2023)",N,"other (a multilateral G7 meeting; no bilateral meeting reported)","Japan")
# q7 Japan
a(7,1,"https://history.state.gov/historicaldocuments/frus1969-76v19p2/d55","FRUS (Office of the Historian)","memorandum","Miyazawa's discussion with the Ambassador on textiles (1970-71)",N,"same meeting as a text on main (sealed33 c, the Ambassador's conversation with Miyazawa)","Japan")
a(7,2,"https://history.state.gov/historicaldocuments/frus1969-76v19p2/d50","FRUS (Office of the Historian)","memorandum","Kissinger to Nixon on Stans-Miyazawa negotiations (June 22-24, 1970)",N,"same meeting as a text on main (sealed33 c)","Japan")
a(7,3,"https://history.state.gov/historicaldocuments/frus1969-76v19p2/d47","FRUS (Office of the Historian)","telegram","Texts of the Nixon-Sato letters (June 1970)",N,"other (letters)","Japan")
a(7,4,"https://history.state.gov./historicaldocuments/frus1964-68v09/d273","FRUS (Office of the Historian)","memorandum of conversation","Nakayama-Christopher on wool textiles after the U.S.-Japanese wool textile talks ([1960s])",Y,"held meeting: memorandum of conversation, \"This meeting took place after the adjournment of the U.S.-Japanese wool textile talks\"; trade","Japan")
a(7,5,"https://history.state.gov/historicaldocuments/frus1969-76v19p2/d31","FRUS (Office of the Historian)","memorandum of conversation","Sato-Nixon (Nov 1969) on textiles",N,"a leaders' summit (outside this half's angle)","Japan")
a(7,6,"https://www.mofa.go.jp/mofaj/gaiko/bluebook/1971/s46-shiryou-3-4.htm","MOFA Japan (Diplomatic Bluebook 1971)","joint statement","Miyazawa-Stans joint statement (June 1970)",N,"not English (a Japanese page with the English text appended); also same talks as sealed33 c","Japan")
a(7,7,"https://history.state.gov/historicaldocuments/frus1969-76v19p2/d62","FRUS (Office of the Historian)","memorandum","Stans to Flanigan on Japanese textile negotiations (Flanigan-Ushiba conversation recalled)",N,"other (a memorandum; the conversation only recalled from a report)","Japan")
a(7,8,"https://www.oananews.org/node/151316","OANA (Kyodo)","news","Declassified documents on 1969-70 textile talks",N,"other (a story on declassified files)","Japan")
# q8 Japan
a(8,1,"http://thehill.com/policy/finance/204224-froman-presses-japan-to-open-their-economy-to-more-trade","The Hill","newspaper article","Froman-Amari TPP talks (Tokyo, Wednesday [Apr 23, 2014])",Y,"held meeting: \"Froman met with Akira Amari ... to continue discussions\"","Japan")
a(8,2,"https://www.japantimes.co.jp/news/2013/08/19/business/economy-business/japan-u-s-pledge-to-make-tpp-a-success/","The Japan Times (Kyodo)","newspaper article","Amari-Froman meeting (Tokyo, Monday [Aug 19, 2013])",Y,"held meeting: \"Amari said after the hourlong meeting\"","Japan")
a(8,3,"https://jmh.usembassy.gov/201611189992/","U.S. Embassy Tokyo (Japan Media Highlights, NHK)","media summary","Seko-Froman (Peru, Thursday [Nov 17, 2016])",Y,"held meeting: \"Economic Minister Seko met with USTR Froman on Thursday in Peru\"","Japan")
a(8,4,"https://www.jpost.com/breaking-news/us-wants-more-talks-on-japan-bid-to-join-free-trade-group","Jerusalem Post (Reuters)","wire news","U.S.-Japan consultations on Japan's TPP bid (Washington, [Feb 2012])",N,"other (no official named)","Japan")
a(8,5,"http://in.reuters.com/article/japan-economy-amari-idINL4N0XE1UQ20150417","Reuters","wire news","Froman and Amari to hold talks (announced, Apr 2015)",N,"planned meeting (not reported held)","Japan")
a(8,6,"http://www.reuters.com/article/japan-trade-usa-idUSL3N0RP62C20140924","Reuters","wire news","Amari-Froman talks (Washington, [Sep 24, 2014])",Y,"held meeting: \"Amari met with U.S. Trade Representative Michael Froman\"","Japan")
a(8,7,"https://digital-stage.thehill.com/policy/finance/218195-us-japan-trade-officials-will-meet-next-week-on-tpp-deal/amp","The Hill","newspaper article","Froman-Amari to meet next week (announced, 2014)",N,"planned meeting (not reported held)","Japan")
a(8,8,"http://thehill.com/policy/finance/317627-froman-touts-benefits-of-improved-us-japan-relationship","The Hill","newspaper article","Froman speech on U.S.-Japan trade",N,"other (a speech report)","Japan")
# q9 Japan
for rk,u,t in [(1,"https://www.govinfo.gov/content/pkg/CHRG-109shrg28851/html/CHRG-109shrg28851.htm","Senate hearing, EPA nominations (2005)"),(2,"https://webarchive.library.unt.edu/eot2008/20090102232829/http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=109_senate_hearings&docid=f%3A28851.wais","Senate hearing, EPA nominations (2005)"),(3,"https://www.govinfo.gov/content/pkg/CHRG-108shrg92385/html/CHRG-108shrg92385.htm","Senate hearing, Leavitt nomination (2003)"),(4,"https://www.epw.senate.gov/public/index.cfm/press-releases-democratic?ID=29F84089-2072-4561-A378-52E92CD7FC5B","senator's floor statement on Leavitt"),(5,"https://rollcall.com/2004/04/21/finding-a-balance/","Roll Call interview with Leavitt (2004)"),(6,"https://de.scribd.com/document/334454212/SENATE-HEARING-109TH-CONGRESS-NOMINATIONS-OF-MARCUS-PEACOCK-SUSAN-P-BODINE-AND-GRANTA-Y-YAKAYAMA","Senate hearing, EPA nominations (2005)"),(7,"https://www.govinfo.gov/content/pkg/CHRG-109shrg28851/html/CHRG-109shrg28851.htm","Senate hearing (second capture)"),(8,"http://thissphere.blogspot.com/2004/12/who-will-be-new-epa-administrator.html","blog on the next EPA administrator")]:
    a(9,rk,u,"various","hearing/article",t,N,"other (U.S. domestic; no U.S.-Japan meeting)" if rk!=7 else "duplicate of query 9 rank 1 (same URL)","")
# q10 Australia
a(10,1,"https://hansard.act.gov.au/hansard/9th-assembly/2018/HTML/week03/919.htm","ACT Hansard","parliamentary speech","ACT minister's U.S. visit (NREL, DC Secretary) 2018",N,"other (a territory minister with a laboratory and a city official: no U.S. federal meeting)","Australia")
a(10,2,"https://thefederalnewswire.com/stories/628901642-u-s-energy-secretary-at-sydney-conference-australia-and-the-united-states-along-with-all-democracies-all-over-the-world-will-always-be-friends","The Federal Newswire","news","Granholm speech at the Sydney Energy Forum (July 12, 2022)",N,"other (a speech)","Australia")
a(10,3,"https://www.minister.industry.gov.au/ministers/king/transcripts/opening-remarks-critical-minerals-roundtable-sydney-energy-forum","Australian Minister for Resources","transcript","King-Granholm co-host a critical minerals roundtable (Sydney Energy Forum, [July 2022])",Y,"held meeting: opening remarks at the roundtable \"my co-host this morning, the United States Secretary of Energy Jennifer Granholm\"","Australia")
a(10,4,"https://www.minister.industry.gov.au/ministers/king/transcripts/opening-remarks-critical-minerals-and-industry-roundtable-washington?ref=snapshot.bcsda.org.au","Australian Minister for Resources","transcript","Critical Minerals and Industry Roundtable with Raimondo and Hochstein (Washington, [Oct 2023])",Y,"held meeting: roundtable opening remarks, Raimondo and Hochstein present","Australia")
a(10,5,"https://perthusasia.edu.au/research-insights/two-capitals-one-focus","Perth USAsia Centre","essay","Flake on the Albanese state visit (2023)",N,"other (an essay; the state visit is a leaders' meeting)","Australia")
a(10,6,"https://perthusasia.edu.au/research-insights/two-capitals-one-focus/","Perth USAsia Centre","essay","same essay",N,"duplicate of query 10 rank 5 (same URL normalised)","Australia")
a(10,7,"https://www.minister.industry.gov.au/ministers/king/transcripts/press-conference-prime-minister-anthony-albanese-mp-washington","Australian Minister for Resources","transcript","Albanese-King press conference; taskforce met with King and Hochstein (Washington, Oct 2023)",Y,"held meeting reported: \"the Taskforce ... met for the first time with the Minister, Minister King, and Amos Hochstein\"; same visit as rank 4 (a judgement: one meeting, King's Washington visit)","Australia")
a(10,8,"https://onenews.press/australian-clean-energy-billionaire-meets-with-biden-manchin-over-hydrogen/","OneNews","news","Andrew Forrest meets Biden and Manchin (2022)",N,"other (a businessman, not an official)","Australia")
# q11 Australia
a(11,1,"https://theworldtomorrow.wikileaks.org/plusd/cables/1973CANBER05829_b.html","WikiLeaks (Embassy Canberra cable)","diplomatic cable","Australian minerals and petroleum policy (Connor controversies, Oct 1973)",N,"other (a policy report, no meeting)","Australia")
a(11,2,"https://theworldtomorrow.wikileaks.org/plusd/cables/1974CANBER06865.html","WikiLeaks (Embassy Canberra cable)","diplomatic cable","Whitlam loses opportunity to liberalize resources policy (Oct 1974)",N,"other (a political report; Renouf's confidence to the ambassador is a diplomatic call outside this half's angle)","Australia")
for rk,u in [(3,"https://wikileaks.org/plusd/cables/1979CANBER00938_e.html"),(4,"https://www.wikileaks.org/plusd/cables/1976CANBER02099_b.html"),(5,"https://theworldtomorrow.wikileaks.org/plusd/cables/1974CANBER07022.html"),(6,"https://search.wikileaks.org/plusd/cables/1975CANBER02694_b.html"),(8,"https://theworldtomorrow.wikileaks.org/plusd/cables/1973SYDNEY02122.html")]:
    a(11,rk,u,"WikiLeaks","diplomatic cable (PGP capture)","PGP key block",N,"other: the page as returned is a PGP key block","")
a(11,7,"https://search.wikileaks.org/plusd/cables/1974CANBER00045_b.html","WikiLeaks (Embassy Canberra cable)","diplomatic cable","Codel Hosmer's visit: uranium enrichment (Jan 1974)",N,"planned meeting (the visit is ahead; also a congressman, not an agency official)","Australia")
# q12 Philippines
a(12,1,"https://powerphilippines.com/cusi-heading-for-us-to-sign-nuke-deals/","Power Philippines","trade news","Cusi to travel to the U.S. to sign SMR MOU (2022)",N,"planned trip; the economic briefing with U.S. officials names none (other)","Philippines")
a(12,2,"https://www.philippinesnewsgazette.com/progress-in-us-firms-nuclear-energy-investment-in-ph-elates-pbbm/","Philippines News Gazette","news","Marcos meets Ultra Safe Nuclear executives (2024)",N,"other (a company meeting)","Philippines")
a(12,3,"https://stainless-steel-world.net/launching-nea-cooperation-with-the-philippines","Stainless Steel World","trade news","NEA's Magwood meets Lotilla (Manila, Feb 2024)",N,"other (NEA is an OECD agency, not the United States)","Philippines")
a(12,4,"https://plus.inquirer.net/business/ph-us-ink-deals-to-advance-nuclear-energy","Philippine Daily Inquirer","newspaper article","PH-US nuclear energy deals signed (Manila, Monday [Feb 16, 2026])",Y,"held: officials of both sides \"inked on Monday several memoranda\" at a signing event; same event as query 12 rank 7","Philippines")
a(12,5,"https://wnn.origindigital.co/articles/us-touts-smr-designs-to-the-philippines","World Nuclear News","trade news","USTDA assistance to Meralco PowerGen",N,"other (a grant announcement)","Philippines")
a(12,6,"https://mb.com.ph/2022/3/11/ph-us-nuclear-cooperation-deal-signed","Manila Bulletin","newspaper article","Jenkins-Erguiza nuclear MOU signing (2022)",N,"other (a signing with no meeting noun, sealed19 b / 22 c reading)","Philippines")
a(12,7,"https://context.ph/?p=50183","Context.ph","news","Ganzer and Sequeira meet Energy Secretary Garin, Meralco and AboitizPower (Manila, Monday Feb 16 [2026])",Y,"held meeting: \"They met with Philippine Energy Secretary Sharon Garin ...\"","Philippines")
a(12,8,"https://pco.gov.ph/news_releases/pbbm-lauds-advancement-in-nuclear-energy-investment-in-ph-by-us-firm/","Presidential Communications Office","release","Marcos meets USNC executives (Washington, 2024)",N,"other (a company meeting)","Philippines")
# q13 Philippines
a(13,1,"https://www.usaid.gov/philippines/speeches/aug-24-2018-michael-klecheski-us-embassy-charge-daffaires-launch-usaid-tb","USAID","speech","Klecheski remarks at the launch of USAID TB projects (Aug 24, 2018)",N,"other (a speech at a launch event)","Philippines")
a(13,2,"https://tbcare2.org/usaid-and-doh-launch-50m-projects-to-fight-tb/","TB CARE II","project news","USAID-DOH launch of TB projects (Aug 2018)",N,"other (a launch event, no meeting noun)","Philippines")
a(13,3,"https://www.usaid.gov/philippines/speeches/aug-16-2019-acting-mission-director-patrick-wesner-signing-pledge-support-endTB-philippines","USAID","speech","Wesner remarks at a pledge signing (Aug 2019)",N,"other (a speech)","Philippines")
a(13,4,"http://demo1.globescope.com/news/4465/300/PH-RENEWS-COMMITMENT-TO-FIGHT-TB/d,phildet/","Embassy of the Philippines (Washington)","release","USAID TB Champion award received by Ambassador Cuisia (2015)",N,"other (an award ceremony)","Philippines")
a(13,5,"https://www.pacom.mil/Media/News/News-Article-View/Article/3140011/us-supports-quezon-city-in-flight-against-tuberculosis-and-covid-19/","U.S. INDOPACOM","news","USAID supports Quezon City TB screening (Aug 2022)",N,"other (a launch event)","Philippines")
a(13,6,"https://philstar.com/headlines/2018/08/25/1845674/usaid-doh-launch-p25-billion-projects-vs-tuberculosis","The Philippine Star","newspaper article","USAID-DOH launch TB projects (Aug 2018)",N,"other (a launch event)","Philippines")
a(13,7,"https://businessmirror.com.ph/2024/02/22/visiting-usaid-official-highlights-us-phil-partnership-in-health/?utm_source=rss&utm_medium=rss&utm_campaign=visiting-usaid-official-highlights-us-phil-partnership-in-health","BusinessMirror","newspaper article","USAID's Gawande meets Health Secretary Herbosa (Manila, [Feb 2024])",Y,"held meeting: \"In Manila, Dr. Gawande met Health Secretary Teodoro Herbosa\"","Philippines")
a(13,8,"https://tacfarinas.com/?p=274102","Tacfarinas","news","Klecheski launches USAID TB projects (2018)",N,"other (a launch event)","Philippines")
# q14 Australia
for rk,u,t in [(1,"https://thehill.com/policy/healthcare/405439-trump-health-chief-meets-with-gop-lawmakers-on-lowering-drug-prices?elq_cid=1148211&x_id=003C000001QSgcjIAD","Azar meets House Republicans on drug prices"),(2,"https://politicos-pulse-check.simplecast.com/episodes/hhs-secretary-alex-azar-57a53687","Politico podcast with Azar"),(3,"https://www.statnews.com/2019/04/10/alex-azar-interview-drug-pricing/","STAT interview with Azar"),(4,"https://www.govinfo.gov/content/pkg/CHRG-115shrg30486/html/CHRG-115shrg30486.htm","Senate HELP hearing on drug prices (2018)"),(5,"https://www.raps.org/regulatory-focus%E2%84%A2/news-articles/2017/11/hhs-secretary-nominee-azar-top-priority-is-drug-prices","Azar nomination hearing"),(6,"https://www.modernhealthcare.com/article/20180502/NEWS/180509982/white-house-drug-price-initiative-to-include-negotiation-tools-list-prices-azar-says","Azar speech on drug pricing"),(7,"https://www.govinfo.gov/content/pkg/CHRG-115shrg30486/html/CHRG-115shrg30486.htm","Senate HELP hearing (second capture)"),(8,"https://www.ancor.org/capitol-correspondence/hhs-secretary-azar-returns-senate-hearing-drug-pricing/","Azar Senate Finance hearing")]:
    a(14,rk,u,"various","news/hearing",t,N,"other (U.S. domestic; no U.S.-Australia meeting)" if rk!=7 else "duplicate of query 14 rank 4 (same URL)","")
# normalisation and main check
def norm(u):
    u=u.strip().replace('&amp;','&').split('#')[0]
    u=re.sub(r'^[a-z]+://','',u,flags=re.I)
    u=re.sub(r'^(www\d*\.|m\.|m-|mm\.|nwww\.)','',u,flags=re.I)
    h,_,p=u.partition('/')
    h=h.rstrip('.').replace(':443','')
    u=(h+'/'+p).rstrip('/').lower()
    return u
main=set()
for f in glob.glob('/work/sealed42c/tests/data/**/*.tsv',recursive=True):
    n=f.lower().split('/')[-1]
    if not any(k in n for k in ('candidates','manifest','pool')): continue
    if '/sealed42/' in f: continue
    for l in open(f,errors='replace'):
        for m in re.findall(r'https?://\S+',l):
            main.add(norm(m.split('\t')[0]))
print(len(main),'main urls',file=sys.stderr)
seen={}
out=open('/work/sealed42c/tests/data/sealed42/CANDIDATES-c.tsv','w')
out.write('URL\tpublisher\tgenre\ttopic/meeting\tqualifies\treason\tsha256(URL)[:12]\tquery\tally\n')
for q,rk,url,pub,genre,topic,ok,reason,ally in R:
    n=norm(url)
    onmain=[m for m in main if m==n or (len(m)>20 and (m.startswith(n) or n.startswith(m)))]
    if 'duplicate of' in reason: continue
    if n in seen: print('DUP',q,rk,seen[n],file=sys.stderr); continue
    seen[n]=(q,rk)
    if reason=='MAINURL':
        assert onmain, url
        reason='URL already in a MANIFEST or CANDIDATES table of main'
    elif onmain:
        reason='URL already in a MANIFEST or CANDIDATES table of main; also: '+reason; ok='no'
        print('ONMAIN',q,rk,url,file=sys.stderr)
    sha=hashlib.sha256(url.encode()).hexdigest()[:12]
    out.write('\t'.join([url,pub,genre,topic,ok,reason,sha,f'{q} (rank {rk})',ally])+'\n')
print(len(R),'results',len(seen),'rows',file=sys.stderr)
