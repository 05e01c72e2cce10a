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
cornwall|devon|kent|essex|sussex|surrey|norfolk|suffolk|cheshire|cumbria|merseyside|midlands|highlands|
north america|south america|central america|latin america|middle east|southeast asia|east asia|south asia|central asia|
eastern europe|western europe|west africa|east africa|north africa|southern africa|west bank|gaza strip|persian gulf|
west coast|east coast|bay area|silicon valley`
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
nuuk|tórshavn|almaty|astana|tashkent|bishkek|dushanbe|ashgabat|ulaanbaatar|grozny|kazan|novosibirsk|yekaterinburg|
new york city|brooklyn|manhattan|queens|the bronx|staten island|long island|jersey city|newark|buffalo|rochester|
syracuse|albany|yonkers|hartford|new haven|worcester|springfield|somerville|baton rouge|shreveport|huntsville|
knoxville|chattanooga|lexington|raleigh|durham|greensboro|winston-salem|asheville|wilmington|charleston|greenville|
tallahassee|gainesville|st. petersburg|clearwater|sarasota|fort lauderdale|west palm beach|boca raton|key west|
daytona beach|richmond|virginia beach|arlington|annapolis|scranton|allentown|harrisburg|philly|akron|toledo|dayton|
ann arbor|grand rapids|lansing|kalamazoo|green bay|st paul|saint paul|duluth|des moines|cedar rapids|omaha|wichita|
topeka|kansas city|st. louis|saint louis|little rock|oklahoma city|fort smith|el dorado|lubbock|amarillo|waco|plano|
corpus christi|galveston|laredo|mcallen|colorado springs|fort collins|cheyenne|boise|spokane|tacoma|olympia|bellevue|
redmond|salem|reno|scottsdale|tempe|flagstaff|santa fe|las cruces|provo|fairbanks|juneau|palo alto|mountain view|
sunnyvale|santa clara|cupertino|berkeley|san mateo|santa monica|pasadena|long beach|anaheim|irvine|riverside|
san bernardino|santa barbara|santa cruz|bakersfield|stockton|modesto|burbank|hollywood|beverly hills|malibu|
lake tahoe|napa|sonoma|hoboken|princeton|atlantic city|trenton|camden|burlington|montpelier|bangor|nantucket|cape cod|
martha's vineyard|myrtle beach|outer banks|branson|sioux falls|fargo|bismarck|billings|missoula|quebec city|québec|
mississauga|brampton|kitchener|waterloo|kelowna|saskatoon|st. john's|fredericton|moncton|charlottetown|yellowknife|
whitehorse|gold coast|sunshine coast|wollongong|geelong|townsville|cairns|alice springs|fremantle|dunedin|queenstown|
rotorua|galway|limerick|waterford|kilkenny|derry|londonderry|swansea|newport|wrexham|dundee|inverness|stirling|
st andrews|plymouth|exeter|portsmouth|bournemouth|slough|milton keynes|luton|watford|croydon|wimbledon|islington|
camden town|hackney|brixton|greenwich|stratford|wembley|kensington|soho|shoreditch|norwich|ipswich|colchester|
chelmsford|southend|canterbury|maidstone|guildford|woking|crawley|eastbourne|worthing|gloucester|cheltenham|swindon|
salisbury|winchester|wolverhampton|stoke-on-trent|bradford|wakefield|huddersfield|harrogate|scarborough|sunderland|
middlesbrough|blackpool|wigan|stockport|salford|warrington|shrewsbury|hereford|northampton|peterborough|grimsby|
doncaster|rotherham|barnsley|chesterfield|telford|goa|kerala|chandigarh|amritsar|agra|varanasi|surat|nagpur|indore|
bhopal|patna|kochi|cochin|mysore|coimbatore|visakhapatnam|noida|gurgaon|gurugram|faisalabad|rawalpindi|peshawar|
multan|quetta|chittagong|kandy|galle|pokhara|thimphu|mandalay|chiang mai|phuket|pattaya|da nang|siem reap|penang|
johor bahru|malacca|kota kinabalu|kuching|bandung|yogyakarta|medan|makassar|davao|quezon city|makati|taichung|
kaohsiung|tainan|okinawa|nara|sendai|kanagawa|jeju|daegu|gwangju|daejeon|harbin|shenyang|dalian|qingdao|xiamen|suzhou|
kunming|guilin|lhasa|urumqi|ulan bator|vladivostok|sochi|murmansk|kaliningrad|gdynia|malmo|rovaniemi|namur|leuven|
maastricht|haarlem|nijmegen|arnhem|breda|tilburg|le havre|toulon|avignon|cannes|calais|biarritz|ajaccio|monaco|
monte carlo|malaga|córdoba|alicante|ibiza|san sebastián|pamplona|salamanca|funchal|siena|sorrento|capri|rimini|
potsdam|kiel|lübeck|rostock|mainz|wiesbaden|mannheim|karlsruhe|augsburg|regensburg|würzburg|bielefeld|münster|aachen|
duisburg|bochum|wuppertal|magdeburg|erfurt|jena|weimar|göttingen|kassel|saarbrücken|trier|konstanz|ulm|passau|bamberg|
bayreuth|chemnitz|klagenfurt|bregenz|lucerne|luzern|lugano|st. gallen|interlaken|zermatt|davos|montreux|
fallujah|najaf|basra|tikrit|ramadi|karbala|erbil|sulaymaniyah|samarra|baqubah|hebron|nablus|ramallah|jenin|nazareth|
bethlehem|jericho|latakia|idlib|raqqa|herat|mazar-i-sharif|jalalabad|asmara|maputo|bamako|timbuktu|ouagadougou|
niamey|freetown|monrovia|yaounde|douala|gaborone|marrakech|managua|guatemala city|port-au-prince|cusco|valparaiso|
acapulco|boulder|bronx|staten island|bakersfield|brownsville`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

/** Words that end a place name and mark it as a place: "Lake Geneva", "Mill Village". */
export const PLACE_WORDS: readonly string[] =
  'city town village county province district region state island islands valley lake mountains bay beach harbour harbor port springs falls heights hills'.split(' ');
