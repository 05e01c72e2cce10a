// Countries, regions and cities, added to compromise's place lexicon. Lower case; multi-word names
// are matched as token sequences. Native spellings of countries are included where common.

export const COUNTRIES: readonly string[] = `
afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|azerbaijan|bahamas|
bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia and herzegovina|bosnia|herzegovina|botswana|brazil|
brunei|bulgaria|burkina faso|burundi|cabo verde|cape verde|cambodia|cameroon|canada|central african republic|chad|chile|china|
colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|
east timor|timor-leste|ecuador|egypt|el salvador|england|equatorial guinea|eritrea|estonia|eswatini|swaziland|ethiopia|fiji|finland|france|
gabon|gambia|georgia|germany|ghana|greece|greenland|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hong kong|
hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|
kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|macau|madagascar|malawi|
malaysia|maldives|mali|malta|marshall islands|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|
morocco|mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|the netherlands|holland|new zealand|nicaragua|niger|nigeria|
north korea|north macedonia|macedonia|northern ireland|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|
philippines|poland|portugal|puerto rico|qatar|romania|russia|russian federation|rwanda|saint lucia|samoa|san marino|
saudi arabia|scotland|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|
south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|
trinidad and tobago|tunisia|turkey|türkiye|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|uae|united kingdom|
great britain|britain|united states|united states of america|usa|america|uruguay|uzbekistan|vanuatu|vatican city|venezuela|
vietnam|viet nam|wales|yemen|zambia|zimbabwe|faroe islands|martinique|guadeloupe|réunion|french guiana|new caledonia|
deutschland|österreich|schweiz|suisse|svizzera|españa|italia|polska|česko|magyarország|sverige|norge|danmark|suomi|eesti|
latvija|lietuva|hrvatska|slovenija|srbija|ελλάδα|κύπρος|россия|україна|nederland|belgië|belgique|ísland|kalaallit nunaat`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

export const REGIONS: readonly string[] = `
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|
kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|
new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|
south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|ontario|quebec|québec|
british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|yukon|nunavut|bavaria|bayern|saxony|
sachsen|hesse|hessen|thuringia|brandenburg|tyrol|tirol|styria|carinthia|catalonia|catalunya|andalusia|andalucía|galicia|
basque country|castile|valencia|lombardy|lombardia|tuscany|toscana|sicily|sicilia|sardinia|piedmont|veneto|campania|apulia|
calabria|provence|brittany|bretagne|normandy|normandie|alsace|burgundy|occitanie|flanders|vlaanderen|wallonia|wallonie|
jutland|lapland|scania|skåne|moravia|bohemia|silesia|transylvania|dalmatia|istria|crete|attica|peloponnese|macedonia|
siberia|crimea|kashmir|punjab|bengal|kerala|tamil nadu|karnataka|maharashtra|gujarat|rajasthan|bavaria|queensland|
new south wales|victoria|tasmania|western australia|south australia|northern territory|patagonia|yorkshire|lancashire|
cornwall|devon|kent|essex|sussex|surrey|norfolk|suffolk|cheshire|cumbria|merseyside|midlands|highlands`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

export const CITIES: readonly string[] = `
london|paris|berlin|madrid|rome|vienna|amsterdam|brussels|lisbon|dublin|copenhagen|stockholm|oslo|helsinki|reykjavik|
reykjavík|tallinn|riga|vilnius|warsaw|prague|praha|bratislava|budapest|ljubljana|zagreb|belgrade|beograd|sarajevo|
podgorica|skopje|tirana|sofia|bucharest|athens|nicosia|valletta|luxembourg|bern|zurich|zürich|geneva|genève|basel|lausanne|
munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|dortmund|essen|leipzig|dresden|hanover|hannover|nuremberg|
nürnberg|bremen|bonn|heidelberg|freiburg|salzburg|graz|innsbruck|linz|rotterdam|the hague|den haag|utrecht|eindhoven|
groningen|leiden|delft|antwerp|antwerpen|ghent|gent|bruges|brugge|liège|charleroi|lyon|marseille|toulouse|nice|nantes|
strasbourg|montpellier|bordeaux|lille|rennes|reims|grenoble|dijon|barcelona|valencia|seville|sevilla|zaragoza|málaga|
bilbao|granada|palma|porto|coimbra|braga|faro|milan|milano|naples|napoli|turin|torino|palermo|genoa|genova|bologna|
florence|firenze|venice|venezia|verona|pisa|bari|catania|trieste|gothenburg|göteborg|malmö|uppsala|bergen|trondheim|
stavanger|tromsø|aarhus|odense|aalborg|espoo|tampere|turku|oulu|tartu|kaunas|kraków|krakow|łódź|wrocław|poznań|gdańsk|
szczecin|lublin|katowice|brno|ostrava|plzeň|košice|debrecen|szeged|pécs|győr|cluj-napoca|timișoara|iași|split|rijeka|
novi sad|niš|thessaloniki|patras|heraklion|limassol|larnaca|edinburgh|glasgow|aberdeen|cardiff|belfast|manchester|
birmingham|liverpool|leeds|sheffield|bristol|newcastle|nottingham|leicester|southampton|brighton|oxford|cambridge|york|
bath|coventry|moscow|saint petersburg|st petersburg|kyiv|kiev|kharkiv|odesa|odessa|lviv|minsk|chisinau|tbilisi|yerevan|
baku|istanbul|ankara|izmir|antalya|new york|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|
san jose|austin|jacksonville|san francisco|columbus|fort worth|indianapolis|charlotte|seattle|denver|boston|el paso|
nashville|detroit|portland|las vegas|memphis|louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|
atlanta|miami|oakland|minneapolis|tulsa|cleveland|new orleans|honolulu|pittsburgh|cincinnati|st louis|orlando|tampa|
salt lake city|toronto|montreal|montréal|vancouver|calgary|edmonton|ottawa|winnipeg|halifax|mexico city|guadalajara|
monterrey|havana|bogotá|bogota|medellín|lima|quito|caracas|santiago|buenos aires|montevideo|asunción|la paz|são paulo|
sao paulo|rio de janeiro|brasília|salvador|fortaleza|belo horizonte|recife|porto alegre|curitiba|manaus|cairo|alexandria|
casablanca|rabat|marrakesh|tunis|algiers|tripoli|lagos|abuja|accra|dakar|nairobi|mombasa|addis ababa|kampala|kigali|
dar es salaam|johannesburg|cape town|durban|pretoria|harare|lusaka|luanda|kinshasa|dubai|abu dhabi|doha|riyadh|jeddah|
mecca|medina|kuwait city|muscat|manama|tehran|baghdad|damascus|beirut|amman|jerusalem|tel aviv|haifa|karachi|lahore|
islamabad|delhi|new delhi|mumbai|bombay|kolkata|calcutta|chennai|madras|bangalore|bengaluru|hyderabad|pune|ahmedabad|
jaipur|lucknow|dhaka|kathmandu|colombo|beijing|shanghai|guangzhou|shenzhen|chengdu|wuhan|hangzhou|nanjing|xi'an|tianjin|
chongqing|hong kong|macau|taipei|tokyo|osaka|kyoto|yokohama|nagoya|sapporo|fukuoka|kobe|hiroshima|seoul|busan|incheon|
pyongyang|bangkok|hanoi|ho chi minh city|saigon|phnom penh|vientiane|yangon|kuala lumpur|singapore|jakarta|surabaya|
bali|manila|cebu|sydney|melbourne|brisbane|perth|adelaide|canberra|hobart|darwin|auckland|wellington|christchurch|
nuuk|tórshavn|almaty|astana|tashkent|bishkek|dushanbe|ashgabat|ulaanbaatar|grozny|kazan|novosibirsk|yekaterinburg`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

/** Words that end a place name and mark it as a place: "Lake Geneva", "Mill Village". */
export const PLACE_WORDS: readonly string[] =
  'city town village county province district region state island islands valley lake mountains bay beach harbour harbor port springs falls heights hills'.split(' ');
