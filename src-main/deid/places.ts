// Geography Safe Harbor lets through (states, countries) and the words that mark a
// street, a facility or an organisation. Sub-state places are found by these cues and by
// capitalisation, never by a city list alone: held-out notes name towns no list knows.

import { readWordList } from './word-lists.js';

function toSet(list: string): Set<string> {
  return new Set(list.split(/\s*\|\s*|\n/).map((w) => w.trim().toLowerCase()).filter(Boolean));
}

export const US_STATES: ReadonlySet<string> = toSet(`alabama|alaska|arizona|arkansas|california|colorado|connecticut|
delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|
minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|
north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|
washington|west virginia|wisconsin|wyoming|district of columbia|puerto rico|guam`);

/** Two-letter postal codes; only trusted after "City, " or before a ZIP. */
export const STATE_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC
SD TN TX UT VT VA WA WV WI WY DC PR GU VI`.split(/\s+/),
);

export const COUNTRIES: ReadonlySet<string> = toSet(`afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|
austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|
brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|cape verde|chad|chile|china|colombia|congo|costa rica|croatia|
cuba|cyprus|czechia|czech republic|denmark|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|eritrea|estonia|
eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|honduras|
hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|korea|
kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|
malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|
namibia|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|south korea|norway|oman|pakistan|palestine|
panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|saudi arabia|senegal|
serbia|seychelles|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south sudan|spain|sri lanka|sudan|suriname|
sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad|tunisia|turkey|turkmenistan|uganda|ukraine|
united arab emirates|uae|united kingdom|uk|england|scotland|wales|britain|great britain|united states|usa|us|america|
uruguay|uzbekistan|vanuatu|venezuela|vietnam|yemen|zambia|zimbabwe|europe|asia|africa|latin america|south america|
north america|central america|middle east|caribbean|scandinavia`);

/** Words ending a street name (ours and the USPS list); only after a number-led address. */
const OWN_STREET_SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Route|Rte|Trail|Trl|Square|Sq|Loop|Alley|Row|Crescent|Close|Plaza|Pike|Turnpike|Expressway|Freeway|Broadway|Concourse|Esplanade|Promenade|Strasse|Straße|straat|laan|weg|gasse|katu|gatan|vej|vei|Calle|Rua|Via';
export const STREET_SUFFIX = [...new Set([...OWN_STREET_SUFFIX.split('|'), ...readWordList('street-suffixes')])]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Words ending the name of a facility, school, employer or other organisation. */
export const ORG_SUFFIX =
  "Hospital|Hospitals|Medical Center|Medical Centre|Medical Group|Health System|Health|Healthcare|Health Care|Clinic|Clinics|Center|Centre|Institute|University|College|School|High School|Middle School|Elementary|Elementary School|Academy|Prep|Preparatory|Seminary|Church|Parish|Mosque|Synagogue|Temple|Hospice|Rehab|Rehabilitation|Recovery|Recovery Center|Treatment Center|Behavioral Health|Psychiatric|Pavilion|Infirmary|Sanitarium|Nursing Home|Manor|Lodge|Shelter|House|Home|Pharmacy|Labs|Laboratory|Laboratories|Inc|Inc\\.|Corp|Corp\\.|Corporation|LLC|Ltd|Ltd\\.|Co\\.|Company|Group|Partners|Associates|Bank|Foundation|Agency|Department|Dept|Services|Service|Solutions|Systems|Technologies|Software|Consulting|Industries|Enterprises|Bakery|Cafe|Café|Restaurant|Diner|Market|Store|Motors|Logistics|Prison|Jail|Correctional Facility|Courthouse|Court|Police Department|Fire Department|YMCA|YWCA|General|General Hospital|Presbyterian|Med Ctr|Med Center|Medical|Health Sciences|and Sons|& Sons|Bros|Brothers|PLC|LLP|GmbH|AG|SA|Ltda|Incorporated|Limited|Club|Country Club|Orchestra|Choir|Society|Association|Museum|Library|Hotel|Studios|Theatre|Theater|Research|Capital|Insights|Resources|Finance|Financial|Analytics|Ventures|Holdings|Baptist|Baptist Church|Lutheran|Methodist|Episcopal|Catholic Church|Pentecostal|AME|AME Zion|Church of God|Church of Christ|Assembly of God|Masjid|Kingdom Hall|Tabernacle|Cathedral|Chapel|Fellowship|Ministries|Tech|State University|Community College|Medicine|Family Medicine|Internal Medicine|Dental|Dentistry|Pediatrics|Paediatrics|Counseling|Counselling|Therapy|Therapies|Primary Care|Urgent Care|Drug|Drugs|Residential|Centers|Centres|Deli|International|Freight|Freightways|Trucking|Outreach|Ministries|Mission|Collective|Cooperative|Co-op|Wellness|Psychiatry|Psychology|Behavioral|Orthopedics|Cardiology|Oncology|Dermatology|Chiropractic|Physical Therapy|Assisted Living|Senior Living|Nursing|Living|Apartments|Homes|Village|Commons|Court Apartments|Rescue|Fire & Rescue|Sheriff|Sheriff's Office|Authority|Housing Authority|Protection|Hotline|Tavern|Saloon|Pub|Grill|Coffee|Fitness|Foods|Farms|Management|Property Management|Partnership|Residence|Cemetery|Psychotherapy|Consultants|Practice|Family Practice|Committee|Office|Spa|Instruments|Aviation|Smiles|Outfitters|Supply|Hardware|Auto|Body Shop|Barbershop|Salon|Motel|Inn|Casino|Arena|Stadium|Warehouse|Plant|Mill|Mine|Dairy|Orchard|Vineyard|Ranch|Marina";

/** The 17 three-digit ZIP prefixes with 20,000 people or fewer (HHS guidance, 2000 census). */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set(
  '036 059 063 102 203 556 692 790 821 823 830 831 878 879 884 890 893'.split(' '),
);
