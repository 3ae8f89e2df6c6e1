import { type Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PersonalDataCipher } from './personal-data-cipher.js';

export const personalDataCipherProvider: Provider = {
  provide: PersonalDataCipher,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    const keys = PersonalDataCipher.parseKeyRing(config.personalData.keys);
    return new PersonalDataCipher({
      keys,
      activeKeyId: config.personalData.activeKeyId ?? Object.keys(keys)[0]!,
      indexKey: Buffer.from(config.personalData.indexKey, 'base64'),
    });
  },
};
