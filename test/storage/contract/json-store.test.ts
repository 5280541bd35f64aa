import { storeContract } from './store-contract';
import { jsonKind } from './store-kinds';

storeContract(jsonKind);
