// Small closed lists the name tagger needs. Lower case.

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Titles written before a name; excluded from the PERSON span (Presidio's convention). */
export const HONORIFICS = words(`mr mrs ms miss mx dr doctor prof professor sir dame lord lady madam madame mme mlle monsieur
  herr frau fräulein señor señora señorita sr sra srta dott dottore sig signor signora don doña rev reverend fr father
  sister capt captain col colonel gen general lt lieutenant sgt sergeant officer judge hon president senator sen rep
  governor mayor uncle aunt auntie grandma grandpa nurse coach pastor rabbi imam sheikh mrs. mister missus`);

/** Lower-case joiners inside names and place names: "Ludwig van Beethoven", "Soto del Barco". */
export const PARTICLES = words(`van von de da das do dos del della der den di du la le les ter ten af zu bin ibn al el y
  st ste nad pod u na sur am an im upon of`);

/** Words that make a capitalised run an organisation rather than a person or place. */
export const ORG_WORDS = words(`inc incorporated corp corporation co company companies ltd limited llc llp plc gmbh ag sa
  srl bv nv oy ab asa kg group holdings holding partners associates foundation institute university college school academy
  bank trust agency orchestra club society association council ministry department hospital clinic labs lab laboratory
  studio studios systems solutions technologies technology software services consulting capital ventures media network
  networks international global insurance airlines motors pharmaceuticals pharma industries enterprises press news times
  journal magazine records entertainment productions brands stores market markets restaurant cafe café hotel church
  committee commission union federation league team investments financial partners`);

/**
 * Capitalised words common in ML datasets and chats that are never people: products, models, frameworks,
 * companies, platforms. Users extend this with `names.notNames`.
 */
export const NOT_NAMES = words(`transformers transformer llama llamas alpaca vicuna mistral mixtral gemini gpt
  chatgpt bert deberta distilbert electra t5 falcon phi qwen deepseek grok copilot whisper dall-e dalle
  midjourney stable diffusion pytorch tensorflow keras jax numpy pandas scipy sklearn scikit huggingface hugging face
  python java javascript typescript rust golang kotlin swift perl scala haskell linux ubuntu debian fedora windows macos ios
  android docker kubernetes github gitlab bitbucket jupyter colab kaggle openai anthropic google meta microsoft amazon aws
  azure apple nvidia intel amd cuda slack discord reddit twitter facebook instagram tiktok youtube netflix spotify whatsapp
  telegram signal zoom excel powerpoint outlook chrome firefox safari edge vscode vim emacs lora qlora peft rlhf dpo sft
  gguf ggml onnx triton vllm ollama langchain llamaindex pinecone chroma faiss wandb mlflow ray dask spark hadoop kafka
  redis postgres postgresql mysql mongodb sqlite elasticsearch json jsonl csv yaml html css sql api sdk cli gpu cpu tpu
  ram ssd url http https loopback multicast unicast anycast ethernet vlan subnet netmask dhcp localhost ipv4 ipv6
  wlan hostname bot chatbot user assistant system human agent email e-mail ok okay lol omg btw imo tbh thx pls plz hey hi hello yes no yeah nope sure thanks thank
  leetcode codecademy hackerrank coursera udemy duolingo tubi hulu roku wordpress drupal joomla processwire wix squarespace
  stackoverflow quora wikipedia lemma theorem corollary axiom conjecture siri cortana bixby datasan
  aadhaar pesel curp cpf cnpj dni nif bsn nino tfn abn medicare personnummer henkilötunnus steuernummer ssn itin npi iban`);

/**
 * Given names that are also ordinary words ("Will", "May", "Grace"): a name only with a surname after it,
 * a title or a naming phrase before it.
 */
export const AMBIGUOUS_NAMES = words(`will may june april august mark bill grace hope faith joy dawn art frank jack rich sandy
  summer autumn crystal amber ruby pearl iris lily daisy ivy holly heather olive hazel jade angel chase drew gene guy herb
  lance miles pat ray rod sue van wade ward young don bob sally penny rose violet ginger candy cliff dale dean glen grant
  hunter jay kay lane lee long major mason norman page paige price reed rex rob robin rocky roman rusty sky star sterling
  stone storm tucker carol clay cole colt cooper dash destiny dusty earl ed gay gem honey ivy jewel kitty lark lucky mae
  matt max melody merry mercy misty nova patience prudence rain river sage serenity shadow sonny spring sugar sunny trinity
  willow win wren al an bo di do ha he hu jo la le li lu ma mo so su to yu ye sun song ding fan pan bai gao jin lin tian
  min ming hong long guo nam son thi van vinh young chance christian dusty harmony liberty precious royal justice
  bella charity trust victory sharon sterling wolf fox bear hawk sparrow marina regina june julia ada alexa siri albert
  claude gemma bart roberta
  apollo mercedes porsche chanel tiffany lincoln ford kennedy jordan georgia chad israel paris florence victoria
  austin dallas houston phoenix denver orlando chelsea sydney adelaide turkey china jersey guinea chile`);

/** Closed-class words that are never names even when capitalised at a sentence start. */
export const STOP_WORDS = words(`a an the and or but nor so yet for of to in on at by from with without about into onto over
  under after before during since until while because although though if then else when where why how what which who whom
  whose that this these those there here i me my mine we us our you your he him his she her it its they them their is am
  are was were be been being do does did have has had can could will would shall should may might must not no yes all any
  some each every both either neither one two three also just only very too again still already even ever never always
  often please dear hi hello hey thanks thank regards best cheers sincerely yours ok okay well oh ah so now today tomorrow
  yesterday let lets maybe perhaps however therefore i'm i've i'll i'd it's that's there's let's don't can't won't
  we're you're they're he's she's what's who's isn't aren't wasn't didn't doesn't`);

/** Months and weekdays, including common abbreviations; not names when capitalised. */
export const CALENDAR_WORDS = words(`january february march april may june july august september october november december jan
  feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
  thu thur thurs fri sat sun christmas easter halloween thanksgiving ramadan eid diwali hanukkah`);

/**
 * Function words of German, French, Spanish, Dutch, Italian, Portuguese, Polish, Turkish, Vietnamese and Indonesian chat that are capitalised at a sentence start or, in
 * German, before a noun ("Mein Paket", "Ihr Paket", "Votre commande", "Mijn bestelling"): never names.
 * Words that are also names, name particles or parts of place names ("Ma", "Son", "Su", "Tu", "Mi", "Una", "Elle",
 * "Des", "Seine", "Buenos"; "Mia", "Lei", "Lui", "Ela", "Ona", "Ben", "Selam", "Dia") are left out.
 */
export const OTHER_LANGUAGE_STOP_WORDS = words(`mein meine meinem meinen meiner meins ihr ihre ihrem ihren ihrer unser unsere unserem
  unseren unserer euer eure eurem euren dein deine deinem deinen deiner sein seinem seinen seiner ich wir sie er es du
  ihnen ein eine einen einem einer kein keine keinen leider bitte danke vielen liebe liebes guten hallo moin servus tschüss
  können könnten kann haben habe hat ist sind wurde wird werden noch nicht auch schon sehr gerne wann warum wie was wo gibt
  votre vos notre nos mes tes ses leur leurs je nous vous il ils elles bonjour bonsoir merci salut cordialement une est sont
  avec pour dans chez mais pouvez pourriez voici
  mis tus sus nuestro nuestra nuestros nuestras vuestro vuestra hola gracias saludos por para con unos unas
  estoy está están tengo tiene podría puede
  mijn jouw uw onze ons ik jij wij zij hoi hallo bedankt groeten vriendelijke groet een het kunt kan heb heeft wanneer
  mio miei mie tuo suo nostro nostra vostro vostra loro io noi voi ciao buongiorno buonasera grazie salve cordiali saluti
  vorrei posso può potete sono
  meu minha meus minhas teu seu nosso nossa eu nós você vocês ele olá oi obrigado obrigada podem pode estou
  mój moja moje nasz nasza dzień dobry dziękuję dzięki proszę cześć witam pozdrawiam
  merhaba teşekkürler teşekkür ederim lütfen benim bizim siz biz günaydın iyi günler
  xin chào tôi bạn cảm ơn selamat terima kasih`);

/**
 * Everyday nouns of German, French, Spanish, Dutch, Italian, Portuguese, Polish and Turkish support chat, capitalised in German and at sentence
 * starts: ordinary words, not names ("Telefon: …", "Paket", "Tochter", "Lieferung").
 */
export const OTHER_LANGUAGE_WORDS = words(`paket pakete päckchen sendung sendungen sendungsnummer lieferung lieferungen bestellung
  bestellungen bestellnummer kundennummer auftragsnummer rechnung rechnungen adresse lieferadresse anschrift telefon
  telefonnummer handy handynummer nummer kunde kundin kunden kundenservice kundendienst geduld grüße gruß dank tag tage
  woche wochen montag dienstag mittwoch donnerstag freitag samstag sonntag tochter sohn mutter vater kind kinder familie
  nachbar nachbarin haus wohnung tür briefkasten paketshop packstation filiale zusteller zustellung fahrer frage fragen
  antwort nachricht hilfe geld rückerstattung rücksendung retoure umtausch ersatz artikel ware karton schaden entschuldigung
  verspätung versand lieferzeit termin bestätigung konto passwort zahlung überweisung gutschein stadt straße land
  ansprechpartner mitarbeiter mitarbeiterin abteilung grund
  commande commandes colis livraison livreur téléphone numéro adresse facture remboursement retour fille fils mari femme
  mère père enfant enfants voisin voisine semaine problème réponse aide compte paiement lundi mardi mercredi jeudi vendredi
  samedi dimanche retard produit demande
  pedido pedidos paquete envío entrega teléfono número dirección factura reembolso devolución hija hijo esposo esposa madre
  padre vecino vecina semana problema pregunta respuesta mensaje ayuda servicio cliente cuenta pago lunes martes miércoles
  jueves viernes sábado domingo retraso artículo producto
  bestelling bestellingen pakket pakketje levering bezorging bezorger telefoon nummer adres factuur terugbetaling dochter
  zoon vrouw moeder vader buurman buurvrouw probleem vraag antwoord bericht hulp klantenservice klant rekening betaling
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag vertraging
  ordine ordini pacco spedizione consegna fattura rimborso telefono numero indirizzo figlia figlio marito moglie
  settimana domanda risposta aiuto pagamento ritardo prodotto
  encomenda pacote envio fatura devolução telefone endereço filha filho mãe pergunta resposta ajuda
  atraso produto
  zamówienie zamówienia paczka paczki przesyłka dostawa faktura zwrot numer córka mąż żona ojciec tydzień pytanie
  odpowiedź pomoc klient płatność
  sipariş siparişim siparişimi siparişler kargo kargom teslimat iade numara kızım oğlum kocam eşim annem babam sorun
  soru cevap yardım müşteri hesap ödeme`);

/**
 * Names of languages: in a dataset card's language list or "questions in Swahili, Yoruba and Hausa" they are no
 * person and no place (nor in the tagger's features: they were added after its training, and are checked last).
 */
export const LANGUAGE_NAMES = words(`english french german spanish portuguese italian dutch flemish swedish norwegian danish finnish icelandic
  polish czech slovak hungarian romanian moldovan bulgarian greek turkish russian ukrainian belarusian serbian croatian bosnian slovenian
  macedonian albanian lithuanian latvian estonian georgian armenian azerbaijani azeri kazakh uzbek kyrgyz tajik turkmen mongolian tatar
  arabic hebrew persian farsi dari pashto urdu hindi bengali bangla punjabi gujarati marathi tamil telugu kannada malayalam sinhala
  sinhalese nepali odia oriya assamese burmese thai lao khmer vietnamese malay indonesian tagalog filipino cebuano ilocano javanese
  sundanese chinese mandarin cantonese hokkien japanese korean swahili kiswahili yoruba hausa igbo amharic oromo somali tigrinya zulu
  isizulu xhosa isixhosa afrikaans sesotho setswana shona kinyarwanda kirundi luganda wolof fula fulani fulfulde lingala twi akan ewe
  malagasy esperanto latin basque catalan galician welsh gaelic breton maltese luxembourgish yiddish quechua aymara guarani nahuatl
  maori hawaiian samoan tongan fijian`);
