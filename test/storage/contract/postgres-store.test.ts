import { storeContract } from './store-contract';
import { postgresKind } from './store-kinds';

storeContract(postgresKind());
