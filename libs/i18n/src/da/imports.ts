/** 1.000.000: grouped by hand, so a text does not depend on the ICU data Node ships with. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * The arrears import's texts: the upload, the file as a whole, and each row's problems. A row's
 * texts name the column as the user's own file heads it (`column`): "Restance (kr.) må ikke være
 * negativ." None quotes a cell's value: a shifted column can put a CPR number anywhere.
 */
export const imports = {
  /** The columns by their usual Danish header, for a column the file lacks. */
  columns: {
    departmentNumber: 'Afdeling',
    unit: 'Lejemål',
    address: 'Adresse',
    postcode: 'Postnummer',
    city: 'By',
    tenantName: 'Navn',
    cpr: 'CPR-nummer',
    monthlyRentOre: 'Husleje',
    arrearsOre: 'Restance',
    dueDate: 'Forfaldsdato',
    childrenUnder18: 'Børn under 18',
  },
  listAnd: 'og',
  upload: {
    IMPORT_UNSUPPORTED_FILE:
      'Send restancelisten som CSV, Excel-projektmappe (.xlsx) eller JSON, enten som fil (multipart/form-data, feltet "file") eller direkte med Content-Type text/csv eller application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.',
    IMPORT_UPLOAD_INCOMPLETE:
      'Filen blev ikke modtaget helt: forbindelsen blev afbrudt, eller upload-formularen sluttede for tidligt. Intet er gemt. Send filen igen.',
    IMPORT_UPLOAD_MALFORMED:
      'Upload-formularen kan ikke læses (fejl i multipart/form-data). Intet er gemt. Send filen igen.',
    IMPORT_ONE_FILE_ONLY: 'Send én restanceliste ad gangen. Intet er gemt.',
    IMPORT_FILE_MISSING: 'Formularen har ingen fil. Vedhæft restancelisten i feltet "file".',
    fileField: 'Vedhæft restancelisten her.',
    IMPORT_FILE_TOO_LARGE: (p: { size: string }) =>
      `Filen er større end ${p.size}. Del listen i flere filer og send dem hver for sig. Intet er gemt.`,
    IMPORT_EMPTY_FILE: 'Filen er tom. Intet er gemt.',
  },
  file: {
    IMPORT_EMPTY_FILE: 'Filen er tom. Første linje skal være kolonneoverskrifterne.',
    IMPORT_MISSING_COLUMNS: (p: { count: string; columns: string }) =>
      `Filen mangler ${p.count === '1' ? 'kolonnen' : 'kolonnerne'} ${p.columns}. Første linje skal være kolonneoverskrifterne, fx Afdeling;Lejemål;Adresse;Navn;Husleje;Restance;Forfaldsdato.`,
    missingColumn: (p: { column: string }) => `Kolonnen ${p.column} mangler i første linje.`,
    IMPORT_DUPLICATE_COLUMNS: (p: { names: string }) =>
      `Første linje har flere kolonner for det samme: ${p.names}. Behold kun én af hver.`,
    duplicateColumn: (p: { names: string }) => `${p.names} er den samme kolonne. Behold kun én af dem.`,
    csvUnreadable: (p: { reason: string }) => `Filen kan ikke læses som CSV: ${p.reason}.`,
    csvQuoteNotClosed: (p: { line: string }) =>
      `et citationstegn (") i rækken, der begynder i linje ${p.line}, lukkes aldrig`,
    csvRecordTooLong: (p: { line: string; max: string }) =>
      `rækken, der begynder i linje ${p.line}, er over ${grouped(p.max)} tegn lang, ofte fordi et citationstegn (") ikke lukkes`,
    csvQuotesMisplaced: (p: { line: string }) =>
      `rækken, der begynder i linje ${p.line}, har citationstegn (") det forkerte sted`,
    jsonUnreadable:
      'Filen kan ikke læses som JSON. Kontrollér at den er gyldig JSON, fx at der er komma mellem rækkerne og ingen efter den sidste.',
    IMPORT_NOT_AN_ARRAY: 'JSON-filen skal være en liste af rækker: [ { ... }, { ... } ].',
    IMPORT_TOO_MANY_ROWS: (p: { max: string }) =>
      `Filen har mere end ${grouped(p.max)} rækker. Del den op i flere filer.`,
    IMPORT_NOT_A_WORKBOOK:
      'Filen er ikke en Excel-projektmappe (.xlsx). Gem listen i Excel som "Excel-projektmappe (*.xlsx)" eller som "CSV (semikolonsepareret)", og prøv igen.',
  },
  row: {
    mustBeText: (p: { column: string }) => `${p.column} skal være tekst.`,
    required: (p: { column: string }) => `${p.column} skal udfyldes.`,
    unreadable: (p: { column: string }) =>
      `${p.column} indeholder tegn, der ikke kan læses (�). Ret dem i filen, og indlæs listen igen.`,
    unstorable: (p: { column: string }) =>
      `${p.column} indeholder et tegn, der ikke kan gemmes (fx et nul-tegn). Fjern det og indlæs listen igen.`,
    tooLong: (p: { column: string; max: string }) => `${p.column} må højst være ${p.max} tegn.`,
    amountZero: (p: { column: string }) => `${p.column} skal være større end 0 kr.`,
    amountNegative: (p: { column: string }) => `${p.column} må ikke være negativ.`,
    amountDecimals: (p: { column: string }) => `${p.column} må højst have 2 decimaler (øre).`,
    amountTooLarge: (p: { column: string; max: string }) => `${p.column} må højst være ${p.max} kr.`,
    amountFormat: (p: { column: string }) => `${p.column} skal være et beløb i kroner, fx 1.234,50.`,
    postcode: (p: { column: string }) => `${p.column} skal være 4 cifre, fx 2100.`,
    cprNineDigits: (p: { column: string }) =>
      `${p.column} har kun 9 cifre. Excel fjerner ofte et 0 foran: formatér kolonnen som tekst, ret tallet og gem igen.`,
    cprDate: (p: { column: string }) => `${p.column} indeholder ikke en gyldig fødselsdato.`,
    cprFormat: (p: { column: string }) => `${p.column} skal være 10 cifre, skrevet DDMMÅÅXXXX eller DDMMÅÅ-XXXX.`,
    dateNotADay: (p: { column: string }) => `${p.column} er ikke en dato i kalenderen (fx findes 30-02 ikke).`,
    dateOutOfRange: (p: { column: string; first: string; last: string }) =>
      `${p.column} skal ligge i årene ${p.first}–${p.last}.`,
    dateFormat: (p: { column: string }) =>
      `${p.column} skal være en dato skrevet dd-mm-åååå eller åååå-mm-dd, fx 01-03-2025.`,
    children: (p: { column: string; max: string }) => `${p.column} skal være et helt tal fra 0 til ${p.max}.`,
    notAnObject: (p: { row: string }) =>
      `Række ${p.row} skal være et objekt med felter som departmentNumber, unit og arrears.`,
    duplicateField: (p: { column: string }) =>
      `${p.column} står flere gange i rækken under forskellige navne. Behold kun ét.`,
    unknownDepartment: (p: { column: string; department: string }) =>
      `${p.column} ${p.department} findes ikke i boligorganisationen.`,
    duplicateRow: (p: { column: string; unit: string; dueDate: string }) =>
      `${p.column} ${p.unit} med forfaldsdato ${p.dueDate} står flere gange i filen; kun den første række er brugt.`,
    refused: (p: { reason: string }) =>
      `Rækken kunne ikke gemmes: ${p.reason}. Ret rækken og indlæs listen igen; de andre rækker er gemt.`,
    refusedCharacter: 'et tegn, der ikke kan gemmes, fx et nul-tegn',
    refusedTooLong: 'en værdi er for lang',
    refusedNumber: 'et tal er for stort',
    refusedRule: 'en værdi overholder ikke systemets regler',
    refusedForm: 'en værdi har en form, databasen ikke kan gemme',
  },
  IMPORT_PROCESSING_FAILED: (p: { attempts: string }) =>
    `Listen kunne ikke indlæses færdig: alle ${p.attempts} forsøg på at behandle den mislykkedes. Rækker, der allerede er gemt, er bevaret, og listen kan trygt indlæses igen. Sker det igen, så kontakt support og oplys importens id.`,
};
