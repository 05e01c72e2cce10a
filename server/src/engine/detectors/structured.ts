import type { Detector } from '../types';
import { email } from './email';
import { phone } from './phone';
import { creditCard } from './credit-card';
import { iban } from './iban';
import { ipAddress } from './ip-address';
import { macAddress } from './mac-address';
import { usSsn } from './us-ssn';
import { bitcoinAddress } from './crypto';
import { url } from './url';

export const structuredDetectors: Detector[] = [email, phone, creditCard, iban, ipAddress, macAddress, usSsn, bitcoinAddress, url];
