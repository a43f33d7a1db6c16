export * from './KefuToolbar'
