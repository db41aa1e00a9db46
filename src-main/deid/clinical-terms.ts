// Capitalised words that carry clinical meaning and must never be taken for a name or a
// place: drugs (brand and generic), instruments, therapies, eponymous conditions, common
// acronyms of the trade, and proper nouns that identify nobody (languages, faiths, holidays,
// platforms). Lower-case; matched on a token with any possessive stripped.

const DRUGS = `sertraline zoloft fluoxetine prozac sarafem escitalopram lexapro citalopram celexa paroxetine paxil
fluvoxamine luvox venlafaxine effexor desvenlafaxine pristiq duloxetine cymbalta levomilnacipran fetzima bupropion wellbutrin
zyban mirtazapine remeron trazodone desyrel oleptro vortioxetine trintellix vilazodone viibryd nefazodone amitriptyline elavil
nortriptyline pamelor imipramine tofranil clomipramine anafranil doxepin silenor phenelzine nardil tranylcypromine parnate
selegiline emsam esketamine spravato ketamine brexanolone zulresso zuranolone zurzuvae lithium lithobid eskalith lamotrigine
lamictal valproate divalproex depakote depakene carbamazepine tegretol equetro oxcarbazepine trileptal topiramate topamax
gabapentin neurontin pregabalin lyrica aripiprazole abilify brexpiprazole rexulti cariprazine vraylar quetiapine seroquel
olanzapine zyprexa symbyax risperidone risperdal paliperidone invega ziprasidone geodon lurasidone latuda asenapine saphris
iloperidone fanapt clozapine clozaril haloperidol haldol chlorpromazine thorazine perphenazine fluphenazine lumateperone
caplyta pimavanserin nuplazid alprazolam xanax clonazepam klonopin lorazepam ativan diazepam valium chlordiazepoxide librium
temazepam restoril oxazepam buspirone buspar hydroxyzine vistaril atarax propranolol inderal prazosin minipress clonidine
kapvay catapres guanfacine intuniv tenex methylphenidate ritalin concerta focalin dexmethylphenidate amphetamine adderall
vyvanse lisdexamfetamine dextroamphetamine dexedrine atomoxetine strattera viloxazine qelbree modafinil provigil armodafinil
nuvigil zolpidem ambien eszopiclone lunesta zaleplon sonata suvorexant belsomra lemborexant dayvigo ramelteon rozerem
melatonin buprenorphine suboxone subutex zubsolv sublocade brixadi naloxone narcan naltrexone vivitrol revia methadone
dolophine methadose acamprosate campral disulfiram antabuse varenicline chantix champix nicotine nicorette lofexidine
lucemyra topiramate baclofen ondansetron zofran metformin glucophage levothyroxine synthroid lisinopril atorvastatin lipitor
ibuprofen advil motrin acetaminophen tylenol naproxen aleve aspirin oxycodone oxycontin percocet hydrocodone vicodin 
fentanyl morphine tramadol ultram codeine heroin cocaine methamphetamine meth mdma ecstasy molly lsd psilocybin cannabis
marijuana thc cbd kratom xylazine benadryl diphenhydramine prednisone insulin ozempic semaglutide wegovy mounjaro
tirzepatide contrave qsymia naltrexone-bupropion auvelity dextromethorphan nuedexta
eliquis apixaban xarelto rivaroxaban pradaxa dabigatran warfarin coumadin jantoven plavix clopidogrel brilinta ticagrelor
losartan cozaar valsartan diovan entresto amlodipine norvasc metoprolol lopressor toprol carvedilol coreg atenolol
hydrochlorothiazide hctz chlorthalidone furosemide lasix spironolactone digoxin amiodarone diltiazem verapamil nitroglycerin
simvastatin zocor rosuvastatin crestor pravastatin ezetimibe zetia jardiance empagliflozin farxiga dapagliflozin trulicity
dulaglutide victoza liraglutide saxenda januvia sitagliptin glipizide glyburide lantus glargine humalog lispro novolog
aspart levemir tresiba humira adalimumab enbrel etanercept remicade infliximab stelara dupixent otezla xeljanz rinvoq
keytruda herceptin prolia paxlovid tamiflu oseltamivir spiriva tiotropium albuterol ventolin proair symbicort advair
flovent singulair montelukast prednisolone dexamethasone methylprednisolone medrol hydrocortisone azithromycin zithromax
amoxicillin augmentin doxycycline ciprofloxacin cipro levofloxacin levaquin keflex cephalexin bactrim clindamycin
metronidazole flagyl nitrofurantoin macrobid valacyclovir valtrex acyclovir omeprazole prilosec pantoprazole protonix
esomeprazole nexium famotidine pepcid ranitidine zantac sucralfate miralax docusate colace senna linzess allopurinol
colchicine methotrexate hydroxychloroquine plaquenil sulfasalazine tamoxifen letrozole anastrozole finasteride tamsulosin
flomax sildenafil viagra tadalafil cialis estradiol progesterone medroxyprogesterone depo-provera nexplanon mirena
testosterone sumatriptan imitrex rizatriptan maxalt cyclobenzaprine flexeril tizanidine zanaflex methocarbamol meloxicam
mobic celecoxib celebrex diclofenac ketorolac toradol hydromorphone dilaudid tapentadol nucynta lidocaine epinephrine
epipen glucagon botox lybalvi cobenfy xanomeline igalmi dexmedetomidine qulipta nurtec ubrelvy aimovig emgality ajovy
jornay azstarys adzenys cotempla dyanavel mydayis evekeo desoxyn wakix pitolisant sunosi solriamfetol xyrem xywav
hetlioz quviviq daridorexant cogentin benztropine donepezil aricept memantine namenda rivastigmine exelon galantamine
razadyne sustenna trinza hafyera maintena asimtufii aristada initio consta relprevv decanoate uzedy perseris rykindo
artane trihexyphenidyl amantadine symmetrel ingrezza valbenazine austedo deutetrabenazine tetrabenazine xenazine
lamictal-xr seroquel-xr wellbutrin-xl effexor-xr adderall-xr ritalin-la
aldactone alendronate altace amaryl amoxil arimidex atacand avapro avodart benazepril
benicar biktarvy bisoprolol boniva budesonide bumetanide bystolic caduet calan carafate carbidopa cardizem
cardura cefdinir cefuroxime cetirizine clarinex claritin cleocin clotrimazole colcrys combivent detrol
dexilant dicyclomine diflucan dilantin ditropan doxazosin dulera enalapril entecavir epclusa estrace 
famvir feldene fenofibrate fioricet flonase fluconazole fluticasone folic fosamax glimepiride glucotrol
harvoni hydralazine hyzaar imdur invokana irbesartan isosorbide janumet keppra labetalol lanoxin lansoprazole
levetiracetam levitra levodopa linagliptin loratadine lotensin lovastatin lovenox meclizine
metoclopramide minocycline mirapex mupirocin nasonex nifedipine nuvaring olmesartan onglyza oxybutynin
pataday penicillin phentermine pioglitazone potassium pramipexole pravachol premarin procardia prograf
promethazine provera qvar ramipril ranexa ranolazine relpax requip restasis robaxin ropinirole tenormin
terazosin torsemide tradjenta triamcinolone triamterene tricor vascepa vesicare vimpat voltaren xiidra 
zestril zomig zovirax zyrtec`;

const INSTRUMENTS = `phq phq-9 phq-2 phq-a gad gad-7 gad-2 pcl pcl-5 caps caps-5 bdi bdi-ii bai bhs ham-d ham-a hamd hama madrs
ymrs mdq asrs audit audit-c dast dast-10 cage cage-aid ciwa ciwa-ar cows asam c-ssrs cssrs sbq-r moca mmse slums epds
y-bocs ybocs dass dass-21 ors srs oq oq-45 cgi gaf whodas pss isi psqi ess ace aces ctq des des-ii mast fagerstrom
scared vanderbilt conners snap-iv cdi rcads mfq ados ados-2 wais wisc wiat mmpi mmpi-2 mmpi-3 pai mcmi rorschach tat
scl-90 bsi k10 k6 who-5 wemwbs sdq cbcl trf ysr bprs panss sans saps aims cybocs ocir pdss lsas spin fne ders ffmq aaq
aaq-ii vlq bads mspss ecr ptci ies-r pcl-c pdeq`;

const THERAPIES = `cbt dbt act emdr ipt ibt mbct mbsr cpt pe mi cft eft efft ppt ptsd tf-cbt tfcbt pcit abt aba rebt cbt-i
cbti cbt-e mbt tfp sfbt nt cat cct ifs somatic gestalt jungian freudian adlerian rogerian socratic gottman
motivational interviewing acceptance commitment exposure prolonged cognitive processing dialectical behavioral behavioural
schema narrative solution focused mindfulness psychodynamic psychoanalytic humanistic existential person-centered
seeking safety matrix smart recovery twelve-step 12-step al-anon alateen nar-anon aa na ca ma sa oa ga crafting
contingency management crisis safety plan wise mind dear man give fast tipp please
stop accepts improve opposite action radical acceptance`;

// Eponyms that are (almost) never a surname in a note: kept on their own.
const EPONYMS_ALONE = `crohn parkinson alzheimer asperger tourette hodgkin hashimoto raynaud wernicke korsakoff chaddock
babinski apgar marfan lewy tarasoff folstein mckinney-vento takotsubo kübler-ross kubler-ross korsakoff's
wernicke's marchman
wernicke-korsakoff munchausen capgras cotard ganser klinefelter prader-willi angelman tay-sachs guillain-barre guillain barre
sjogren meniere kawasaki lyme epstein-barr`;

// Eponyms that are also common surnames: kept only before "disease", "syndrome"…
const EPONYMS_BEFORE_NOUN = `huntington graves addison cushing bell down turner williams rett gehrig diogenes stockholm
barrett wilson gleason framingham chaddock babinski hoffmann romberg homans murphy mcburney kernig brudzinski
fragile bipolar`;

const CONDITIONS = `ebv hiv aids covid covid-19 sars mrsa copd chf cad gerd ibs afib a-fib aflutter cha2ds2-vasc chads2 vasc
d-dimer dimer hba1c a1c hfref hfpef nstemi stemi ckd esrd aki dvt cva tia nafld nash pcos ptsd-ss hcm dcm lvh
ibd adhd add asd ocd gad mdd pdd bpd npd aspd hpd ppd pmdd sad dmdd odd cd ptsd cptsd c-ptsd did sud aud oud cud tbi mci
ms als sle pots tmj uti std sti hcv hbv t1d t2d dm htn hld osa dsm dsm-5 dsm-5-tr dsm-iv icd icd-10 icd-10-cm icd-11
cpt hcpcs snomed loinc f-code z-code`;

const TRADE = `client patient pt therapist clinician counselor counsellor psychiatrist psychologist provider prescriber
lcsw lpc lmhc lmft lcpc lmsw lsw lcadc cadc ladc ncc np pmhnp apn aprn rn lpn md do phd psyd edd msw ma ms bsn
dr mr mrs ms mx miss prof sr jr ii iii iv dob mrn ssn id ed er icu iop php sud ot pt slp snf ltc ems ems-t
soap dap birp girp pirp hpi ros mse si hi avh ah vh nkda prn bid tid qid qhs qam qd po im iv sl od er xr xl sr cr la
ekg ecg eeg mri ct pet bmi bp hr rr spo2 a1c hba1c tsh cbc cmp bac uds etg etoh thc opioid opioids benzo benzos
medicaid medicare chip tricare va hipaa 42 cfr ferpa cms samhsa nimh nida niaaa apa aca aamft naadac who cdc fda dea
nami afsp jcaho carf ncqa hmo ppo epo pos ehr emr telehealth zoom doxy teams facetime
i i'm i've i'd i'll ok okay god lord jesus christ allah bible quran torah church mosque synagogue temple
mom dad mum mama papa grandma grandpa nana auntie uncle sis bro
internet wifi email text texts instagram facebook tiktok snapchat twitter youtube reddit discord whatsapp netflix
google iphone android xbox playstation nintendo amazon uber lyft walmart target costco spotify
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends lunes martes miércoles jueves viernes sábado domingo
christmas thanksgiving easter hanukkah passover ramadan eid diwali halloween yom kippur rosh hashanah kwanzaa
new year's valentine's mother's father's memorial labor independence juneteenth veterans
english spanish french german italian portuguese russian chinese mandarin cantonese japanese korean vietnamese
tagalog filipino arabic hebrew hindi urdu bengali punjabi farsi persian somali amharic swahili yoruba igbo hausa
haitian creole polish ukrainian greek turkish asl
american african black white hispanic latino latina latinx latine asian caucasian indigenous native alaskan
pacific islander european mexican cuban puerto rican dominican salvadoran guatemalan colombian venezuelan brazilian
canadian irish scottish british nigerian ethiopian somali kenyan ghanaian jamaican indian pakistani bangladeshi
catholic protestant christian baptist methodist lutheran presbyterian evangelical pentecostal mormon lds
jewish muslim hindu buddhist sikh atheist agnostic orthodox quaker amish
lgbt lgbtq lgbtq+ lgbtqia+ trans nonbinary queer gay lesbian bisexual
subjective objective assessment plan data behavior behaviour intervention response goals goal progress
diagnosis diagnoses summary history risk safety mental status notes note session presenting problem
covid-19 mat moud bup bupe dx tx hx sx rx fx px auth npi dos ref attn cc fwd re subj`;

function toSet(...lists: string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const w of list.split(/\s+/)) if (w) set.add(w);
  return set;
}

/** Instruments and therapies alone (a score after an instrument, a method's name). */
export const INSTRUMENT_WORDS: ReadonlySet<string> = toSet(INSTRUMENTS);
export const THERAPY_WORDS: ReadonlySet<string> = toSet(THERAPIES);

/** Never a person or place, even after a first name ("Sarah Zoloft" is not a surname). */
export const HARD_KEEP: ReadonlySet<string> = toSet(DRUGS, INSTRUMENTS, EPONYMS_ALONE);

/** Not a name on its own; a title or a first name before it still makes it one ("Dr. White"). */
export const SOFT_KEEP: ReadonlySet<string> = toSet(THERAPIES, CONDITIONS, TRADE);

/** Surnames that name a condition when followed by one of CONDITION_NOUNS. */
export const EPONYMS_WITH_NOUN: ReadonlySet<string> = toSet(EPONYMS_BEFORE_NOUN);
export const CONDITION_NOUNS: ReadonlySet<string> = toSet(
  'disease syndrome disorder palsy chorea phenomenon encephalopathy sign test scale method model criteria reflex score risk esophagus ulcer triad anomaly lymphoma sarcoma maneuver manoeuvre classification staging grade index equation formula',
);

/** After a possessive, only a condition makes an eponym: "Barrett's esophagus", not "Okafor's score". */
export const EPONYM_POSSESSIVE_NOUNS: ReadonlySet<string> = toSet(
  'disease syndrome palsy chorea phenomenon encephalopathy sign reflex esophagus ulcer triad anomaly lymphoma sarcoma maneuver manoeuvre features law act criteria',
);
